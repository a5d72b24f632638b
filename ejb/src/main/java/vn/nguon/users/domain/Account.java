package vn.nguon.users.domain;

import vn.nguon.identity.domain.Role;

import java.util.Set;

/** An account as Keycloak holds it: its id there, login name, names, e-mail, unit, roles, whether it may log in. */
public record Account(String id, String username, String firstName, String lastName, String email, String unitCode,
                      Set<Role> roles, boolean enabled) {

    public Account {
        roles = Set.copyOf(roles);
    }

    public String fullName() {
        // Vietnamese order: family name first
        return ((lastName == null ? "" : lastName) + " " + (firstName == null ? "" : firstName)).strip();
    }

    /** For the audit trail: unit, roles, name and e-mail. */
    public String describe() {
        return unitCode + " " + roles.stream().map(Role::id).sorted().toList() + " " + fullName()
                + (email == null ? "" : " <" + email + ">");
    }

    public Account with(String firstName, String lastName, String email, String unitCode, Set<Role> roles) {
        return new Account(id, username, firstName, lastName, email, unitCode, roles, enabled);
    }

    public Account enabled(boolean enabled) {
        return new Account(id, username, firstName, lastName, email, unitCode, roles, enabled);
    }
}
