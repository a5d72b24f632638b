package vn.nguon.users.domain;

import vn.nguon.identity.domain.Role;
import vn.nguon.org.domain.OrgUnit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The index of accounts (see {@link AccountEntry}). */
public interface AccountRepository {

    /** A page of the index and how many entries match in all. */
    record Result(long total, List<AccountEntry> rows) {
    }

    Optional<AccountEntry> byUsername(String username);

    /**
     * Accounts of {@code scope} and the units below it, filtered by role, enabled and a folded search text,
     * sorted by {@code sort} (username, name, unit, enabled; username otherwise).
     */
    Result search(OrgUnit scope, Role role, Boolean enabled, String foldedSearch, String sort, boolean descending,
                  int first, int max);

    /** Enabled administrators of exactly this unit. */
    long enabledAdmins(String unitCode);

    /** Inserts or updates the account's entry. */
    void save(Account account, String unitName, Instant now);

    /** Inserts or updates the entries of many accounts at once (a page read from Keycloak): a few queries, not a few per account. */
    void saveAll(List<Account> accounts, java.util.function.Function<String, String> unitName, Instant now);

    /** Notes the account's sign-in to the pages at {@code at}. */
    void recordSignIn(String username, Instant at);

    /** The same by the account's Keycloak id (from Keycloak's login events); an earlier time than the known one changes nothing. */
    void recordSignInById(String id, Instant at);

    /** The latest sign-in the index knows of, if any. */
    java.util.Optional<Instant> latestSignIn();

    /** Removes entries not seen since {@code before} (accounts deleted in Keycloak); returns how many. */
    int removeUnseen(Instant before);
}
