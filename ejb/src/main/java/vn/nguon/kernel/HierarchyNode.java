package vn.nguon.kernel;

/**
 * What the scope rule needs to know of an administrative unit: its code and the unit directly
 * above it (null for the ministry). The org feature's {@code OrgUnit} is the one implementation.
 */
public interface HierarchyNode {

    String code();

    HierarchyNode parentNode();
}
