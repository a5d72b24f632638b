/**
 * User administration: each unit's administrator manages the accounts of its unit and every unit below
 * it, in Keycloak, through keycloak-admin-client and Nguồn's own service account; a searchable index of
 * the accounts for the screens; every change audited (see {@code docs/features.md}, User administration).
 */
package vn.nguon.users;
