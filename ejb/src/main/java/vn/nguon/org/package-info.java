/**
 * The administrative hierarchy: the ministry, the 34 provinces and the 3,321 communes (since
 * 1 July 2025 local government has two levels). Every user, report, bulletin and device belongs
 * to one unit, and the upper level sees what belongs to the units below it.
 */
package vn.nguon.org;
