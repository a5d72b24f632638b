package vn.nguon.users.application;

import vn.nguon.users.domain.Account;

import java.util.List;
import java.util.Optional;

/**
 * Where accounts really live: Keycloak, through keycloak-admin-client ({@code KeycloakDirectory}). Every
 * method either does all of its work or none of it (a create whose role mapping fails removes the user
 * again); an unreachable or failing Keycloak is a {@link DirectoryUnavailableException}.
 */
public interface Directory {

    Optional<Account> byUsername(String username);

    /** Creates the account with a temporary password the user must change at first login; returns its id. */
    String create(Account account, String temporaryPassword);

    /** Writes names, e-mail, unit and roles as in {@code after}. */
    void update(Account before, Account after);

    void setEnabled(String id, boolean enabled);

    /** A new temporary password, to be changed at the next login. */
    void resetPassword(String id, String temporaryPassword);

    /** Ends every session of the account. */
    void signOut(String id);

    /** Removes the account (compensation of a create that could not be completed). */
    void delete(String id);

    /** Every account (not service accounts), {@code pageSize} at a time, for refreshing the index. */
    void each(int pageSize, java.util.function.Consumer<List<Account>> page);

    /** A successful sign-in Keycloak recorded (its login events), by the account's id. */
    record SignIn(String id, java.time.Instant at) {
    }

    /** The sign-ins Keycloak recorded at or after {@code since}, at most {@code max} of them, oldest first. */
    List<SignIn> signIns(java.time.Instant since, int max);
}
