package vn.nguon.users.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.nguon.identity.domain.Role;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Nguồn's index of the accounts Keycloak holds — what the user administration screens list, filter, sort
 * and search (20,000 accounts, a page in milliseconds). Keycloak stays the source of truth: every change
 * made through Nguồn goes to Keycloak first and then here, in the same transaction, and the whole index is
 * refreshed from Keycloak at start and on demand (accounts changed in Keycloak's own console). No password,
 * nor anything of one, is kept.
 */
@Entity
@Table(name = "account")
public class AccountEntry {

    @Id
    @Column(length = 64)
    private String id;

    @Column(nullable = false, unique = true, length = 100)
    private String username;

    @Column(name = "first_name", length = 255)
    private String firstName;

    @Column(name = "last_name", length = 255)
    private String lastName;

    @Column(length = 255)
    private String email;

    @Column(name = "unit_code", nullable = false, length = 16)
    private String unitCode;

    /** ",commune-officer,admin," — so that one role is found with LIKE '%,admin,%'. */
    @Column(nullable = false, length = 400)
    private String roles;

    @Column(nullable = false)
    private boolean enabled;

    /** Username, names, e-mail and unit name, lower case without diacritics. */
    @Column(name = "search_text", nullable = false, length = 1200)
    private String searchText;

    @Column(name = "synced_at", nullable = false)
    private Instant syncedAt;

    /** The account's last sign-in to Nguồn's pages (null: not since Nguồn keeps it). */
    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    protected AccountEntry() {
    }

    public AccountEntry(Account a, String unitName, Instant now) {
        this.id = a.id();
        update(a, unitName, now);
    }

    public final void update(Account a, String unitName, Instant now) {
        username = a.username();
        firstName = a.firstName();
        lastName = a.lastName();
        email = a.email();
        unitCode = a.unitCode() == null ? "" : a.unitCode();
        roles = "," + a.roles().stream().map(Role::id).sorted().collect(Collectors.joining(",")) + ",";
        enabled = a.enabled();
        searchText = AccountRules.folded(String.join(" ", a.username(), a.fullName(), a.email() == null ? "" : a.email(),
                unitName == null ? "" : unitName));
        if (searchText.length() > 1200) {
            searchText = searchText.substring(0, 1200);
        }
        syncedAt = now;
    }

    public Account account() {
        Set<Role> rs = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.split(",")).filter(r -> !r.isBlank()).forEach(r -> Role.byId(r).ifPresent(rs::add));
        return new Account(id, username, firstName, lastName, email, unitCode, rs, enabled);
    }

    public Instant lastSignInAt() { return lastSignInAt; }
    public Instant syncedAt() { return syncedAt; }

    public String id() { return id; }

    public String username() { return username; }

    public String unitCode() { return unitCode; }

    public boolean enabled() { return enabled; }
}
