package vn.nguon.users.application;

import vn.nguon.identity.domain.Role;
import vn.nguon.users.domain.Account;

import java.util.List;

/** An account as the administration screens and the API show it (never a password). */
public record AccountView(String username, String firstName, String lastName, String fullName, String email,
                          String unitCode, String unitName, List<String> roles, boolean enabled, java.time.Instant lastSignInAt)
                                  implements java.io.Serializable {

    static AccountView of(Account a, String unitName) {
        return of(a, unitName, null);
    }

    static AccountView of(Account a, String unitName, java.time.Instant lastSignInAt) {
        return new AccountView(a.username(), a.firstName(), a.lastName(), a.fullName(), a.email(), a.unitCode(), unitName,
                a.roles().stream().map(Role::id).sorted().toList(), a.enabled(), lastSignInAt);
    }
}
