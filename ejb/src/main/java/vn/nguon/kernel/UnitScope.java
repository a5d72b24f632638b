package vn.nguon.kernel;

/**
 * The product's main rule, in one place: <em>a unit sees itself and everything below it, never a
 * sibling</em>. The ministry oversees every province and commune; a province oversees itself and
 * its communes; a commune oversees only itself. A unit does not oversee its parent, its siblings or
 * its cousins (a commune of another province). Every feature that decides what a caller may see
 * asks this rule (through {@code Caller.oversees}), never walks the hierarchy itself.
 */
public final class UnitScope {

    private UnitScope() {
    }

    /** Whether the unit with code {@code overseer} is {@code unit} or lies above it. */
    public static boolean oversees(String overseer, HierarchyNode unit) {
        for (HierarchyNode u = unit; u != null; u = u.parentNode()) {
            if (u.code().equals(overseer)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code overseer} is {@code unit} or lies above it. */
    public static boolean oversees(HierarchyNode overseer, HierarchyNode unit) {
        return oversees(overseer.code(), unit);
    }
}
