/**
 * MicroProfile Health readiness checks (database, messaging), served by WildFly at
 * {@code /health/ready} on the management port.
 * <p>
 * This package is packaged apart, as {@code lib/nguon-ejb-health.jar} of the EAR: WildFly's health
 * extension looks checks up from the EAR's top-level bean archive, which sees the EAR's libraries
 * but not its EJB or web modules. So these classes use only Jakarta and MicroProfile APIs.
 */
package vn.nguon.shared.health;
