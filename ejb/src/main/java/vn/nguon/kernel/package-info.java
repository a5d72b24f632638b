/**
 * The ground floor every feature stands on: the problems a service reports to its caller (access
 * refused, validation failed with its violations by field, a refused workflow transition) and the
 * one scope rule (a unit sees itself and everything below it, never a sibling). Plain Java with no
 * {@code jakarta.*} import: the EJB container learns that the exceptions are application exceptions
 * from {@code META-INF/ejb-jar.xml}. The kernel imports nothing of Nguồn; everything may import it.
 */
package vn.nguon.kernel;
