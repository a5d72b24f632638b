package vn.nguon.identity.application;

import vn.nguon.identity.domain.Role;
import vn.nguon.kernel.HierarchyNode;
import vn.nguon.kernel.UnitScope;
import vn.nguon.org.application.UnitView;

import java.io.Serializable;
import java.util.Set;

/**
 * The signed-in user as the services see them.
 *
 * @param unit     the user's unit, resolved against the hierarchy; never null (a user without a
 *                 valid unit is refused by {@link CallerService})
 * @param position the office a leader signs in ({@code CHU_TICH}, {@code PHO_CHU_TICH},
 *                 {@code BO_TRUONG}, {@code THU_TRUONG}), or null
 */
public record Caller(String username, String displayName, Set<Role> roles, UnitView unit, String position)
        implements Serializable {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether the caller's unit is {@code unit} or lies above it: the one scope rule, {@link UnitScope}. */
    public boolean oversees(HierarchyNode unit) {
        return UnitScope.oversees(this.unit.code(), unit);
    }
}
