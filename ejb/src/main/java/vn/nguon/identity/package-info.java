/**
 * Who is calling: the signed-in user's name, roles and unit, taken from the Keycloak token the
 * web tier received (roles are realm roles, the unit is the {@code unit_code} claim). Every
 * service asks {@link vn.nguon.identity.application.CallerService} rather than trusting a unit
 * passed in by the caller.
 */
package vn.nguon.identity;
