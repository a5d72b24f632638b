package vn.nguon.users.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.nguon.audit.application.AuditLog;
import vn.nguon.identity.application.Caller;
import vn.nguon.identity.application.CallerService;
import vn.nguon.identity.domain.Role;
import vn.nguon.kernel.AccessRefusedException;
import vn.nguon.kernel.TransitionRefusedException;
import vn.nguon.kernel.ValidationFailedException;
import vn.nguon.kernel.Violation;
import vn.nguon.org.domain.OrgUnit;
import vn.nguon.org.domain.OrgUnitRepository;
import vn.nguon.users.domain.Account;
import vn.nguon.users.domain.AccountEntry;
import vn.nguon.users.domain.AccountRules;
import vn.nguon.users.domain.AccountRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * User administration: each unit's administrator manages the accounts of its unit and every unit below it
 * (the ministry's everyone, Lai Châu's the province's and its communes', a commune's its own). Keycloak
 * holds the accounts ({@link Directory}); Nguồn keeps a searchable index of them ({@link AccountRepository}) and
 * audits every change. Refused: any account or unit outside the caller's subtree, a role that does not fit
 * the account's unit, an administrator changing its own roles, and disabling, demoting or moving the last
 * enabled administrator of a unit.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class UserAdministration {

    public static final String SUBJECT = "account";

    /** A page of accounts and how many there are in all. */
    public record Page(long total, List<AccountView> rows) {
    }

    /** A created account and its temporary password, shown once. */
    public record Created(AccountView account, String temporaryPassword) implements java.io.Serializable {
    }

    /** The filters of the list; nulls mean "any". {@code unit}: that unit and the units below it. */
    public record Query(String unit, String role, Boolean enabled, String search, String sort, boolean descending,
                        int first, int max) {
    }

    @Inject
    CallerService callers;

    @Inject
    OrgUnitRepository units;

    @Inject
    Directory directory;

    @Inject
    AccountRepository index;

    @Inject
    AuditLog audit;

    @Inject
    AccountWriter writer;

    @Inject
    AccountSync sync;

    Clock clock = Clock.systemUTC();

    public Page list(Query q) {
        Caller c = callers.current();
        OrgUnit scope = q.unit() == null || q.unit().isBlank() ? own(c) : within(c, q.unit().strip());
        Role role = q.role() == null || q.role().isBlank() ? null : Role.byId(q.role()).orElseThrow(() ->
                new ValidationFailedException(List.of(Violation.of("role", "notAllowed", q.role()))));
        int max = Math.min(Math.max(q.max(), 1), 200);
        AccountRepository.Result r = index.search(scope, role, q.enabled(), q.search() == null ? null : AccountRules.folded(q.search().strip()),
                q.sort(), q.descending(), Math.max(q.first(), 0), max);
        return new Page(r.total(), r.rows().stream()
                .map(a -> AccountView.of(a.account(), unitName(a.unitCode()), a.lastSignInAt())).toList());
    }

    public AccountView get(String username) {
        Caller c = callers.current();
        AccountEntry entry = reachable(c, username);
        return AccountView.of(entry.account(), unitName(entry.unitCode()), entry.lastSignInAt());
    }

    /** The units the caller administers directly below {@code parentCode} (null: the caller's own unit, alone). */
    public List<vn.nguon.org.application.UnitView> units(String parentCode) {
        Caller c = callers.current();
        if (parentCode == null || parentCode.isBlank()) {
            return List.of(vn.nguon.org.application.UnitView.of(own(c)));
        }
        OrgUnit parent = within(c, parentCode);
        return units.children(parent.code()).stream().sorted(java.util.Comparator.comparing(OrgUnit::fullName, vn.nguon.users.domain.AccountRules.VIETNAMESE))
                .map(vn.nguon.org.application.UnitView::of).toList();
    }

    /** The roles an account of {@code unitCode} may be given by the caller. */
    public List<String> grantable(String unitCode) {
        Caller c = callers.current();
        return AccountRules.rolesFor(within(c, unitCode).level()).stream().map(Role::id).toList();
    }

    public Created create(AccountCommand cmd) {
        Caller c = callers.current();
        if (cmd == null) {
            throw new ValidationFailedException(List.of(Violation.of("$", Violation.REQUIRED)));
        }
        String username = cmd.username() == null ? "" : cmd.username().strip().toLowerCase(Locale.ROOT);
        OrgUnit unit = unitOf(c, cmd.unitCode());
        Set<Role> roles = roles(cmd.roles());
        List<Violation> v = new ArrayList<>(AccountRules.problems(username, cmd.firstName(), cmd.lastName(), cmd.email(),
                roles, unit.level()));
        if (v.isEmpty() && (index.byUsername(username).isPresent() || directory.byUsername(username).isPresent())) {
            v.add(Violation.of("username", "account.taken", username));
        }
        if (!v.isEmpty()) {
            throw new ValidationFailedException(v);
        }
        Account draft = new Account(null, username, strip(cmd.firstName()), strip(cmd.lastName()), blankToNull(cmd.email()),
                unit.code(), roles, true);
        return writer.create(c, draft, unit, "create");
    }

    public AccountView update(String username, AccountCommand cmd) {
        Caller c = callers.current();
        AccountEntry entry = reachable(c, username);
        Account before = current(entry);
        OrgUnit unit = cmd.unitCode() == null || cmd.unitCode().isBlank() ? within(c, before.unitCode()) : unitOf(c, cmd.unitCode());
        Set<Role> roles = cmd.roles() == null ? before.roles() : roles(cmd.roles());
        List<Violation> v = AccountRules.problems(null, cmd.firstName(), cmd.lastName(), cmd.email(), roles, unit.level());
        if (!v.isEmpty()) {
            throw new ValidationFailedException(v);
        }
        if (username.equals(c.username()) && !roles.equals(before.roles())) {
            throw new AccessRefusedException(c.username() + " may not change their own roles");
        }
        boolean stopsAdministering = before.roles().contains(Role.ADMIN)
                && (!roles.contains(Role.ADMIN) || !unit.code().equals(before.unitCode()));
        if (stopsAdministering && before.enabled()) {
            lastAdminGuard(before);
        }
        Account after = before.with(strip(cmd.firstName()), strip(cmd.lastName()), blankToNull(cmd.email()), unit.code(), roles);
        directory.update(before, after);
        writer.undoOnRollback(() -> directory.update(after, before), "restore " + username);
        index.save(after, unit.fullName(), now());
        audit.record(c, SUBJECT, username, "update", null, null, before.describe() + " → " + after.describe(), now());
        return view(after);
    }

    public AccountView setEnabled(String username, boolean enabled) {
        Caller c = callers.current();
        AccountEntry entry = reachable(c, username);
        Account before = current(entry);
        if (before.enabled() == enabled) {
            return view(before);
        }
        if (!enabled && username.equals(c.username())) {
            throw new AccessRefusedException(c.username() + " may not disable their own account");
        }
        if (!enabled && before.roles().contains(Role.ADMIN)) {
            lastAdminGuard(before);
        }
        directory.setEnabled(before.id(), enabled);
        writer.undoOnRollback(() -> directory.setEnabled(before.id(), !enabled), (enabled ? "disable " : "enable ") + username);
        Account after = before.enabled(enabled);
        index.save(after, unitName(after.unitCode()), now());
        if (!enabled) {
            directory.signOut(before.id());
        }
        audit.record(c, SUBJECT, username, enabled ? "enable" : "disable", enabled ? "disabled" : "enabled",
                enabled ? "enabled" : "disabled", null, now());
        return view(after);
    }

    /** A new temporary password, shown once; the user must change it at the next login. */
    public String resetPassword(String username) {
        Caller c = callers.current();
        AccountEntry entry = reachable(c, username);
        String password = writer.temporaryPassword();
        directory.resetPassword(entry.id(), password);
        audit.record(c, SUBJECT, username, "resetPassword", null, null, null, now());
        return password;
    }

    public void signOut(String username) {
        Caller c = callers.current();
        AccountEntry entry = reachable(c, username);
        directory.signOut(entry.id());
        audit.record(c, SUBJECT, username, "signOut", null, null, null, now());
    }

    /**
     * Refreshes the account index from Keycloak now (accounts made in Keycloak's console, a bulk load):
     * the ministry's administrators only; returns how many accounts the index holds.
     */
    public int refreshIndex() {
        Caller c = callers.current();
        if (c.unit().level() != vn.nguon.org.domain.UnitLevel.MINISTRY) {
            throw new AccessRefusedException(c.username() + " may not refresh the national account index");
        }
        int n = sync.refresh();
        audit.record(c, SUBJECT, "*", "refreshIndex", null, null, n + " accounts", now());
        return n;
    }

    // ---- scope

    private OrgUnit own(Caller c) {
        return units.find(c.unit().code()).orElseThrow(() -> new AccessRefusedException("no unit " + c.unit().code()));
    }

    /** The unit {@code code}, which must be the caller's or below it. */
    private OrgUnit within(Caller c, String code) {
        OrgUnit unit = units.find(code).orElseThrow(() -> new AccessRefusedException("no unit " + code));
        if (!c.oversees(unit)) {
            throw new AccessRefusedException(c.username() + " (" + c.unit().code() + ") does not administer " + code);
        }
        return unit;
    }

    /** The unit an account is written for: it must exist (422 otherwise) and be within the caller's reach (403). */
    private OrgUnit unitOf(Caller c, String code) {
        if (code == null || code.isBlank()) {
            throw new ValidationFailedException(List.of(Violation.of("unitCode", Violation.REQUIRED)));
        }
        if (units.find(code.strip()).isEmpty()) {
            throw new ValidationFailedException(List.of(Violation.of("unitCode", "account.unknownUnit", code.strip())));
        }
        return within(c, code.strip());
    }

    /** The account, which must belong to the caller's unit or one below (refused, as if absent, otherwise). */
    private AccountEntry reachable(Caller c, String username) {
        AccountEntry entry = index.byUsername(username == null ? "" : username.strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new AccessRefusedException("no account " + username));
        Optional<OrgUnit> unit = units.find(entry.unitCode());
        if (unit.isEmpty() ? c.unit().level() != vn.nguon.org.domain.UnitLevel.MINISTRY : !c.oversees(unit.get())) {
            throw new AccessRefusedException(c.username() + " does not administer " + username);
        }
        return entry;
    }

    /** The account as Keycloak has it now (the index may be behind a change made in Keycloak's console). */
    private Account current(AccountEntry entry) {
        return directory.byUsername(entry.username()).orElseThrow(() -> new AccessRefusedException("gone: " + entry.username()));
    }

    private void lastAdminGuard(Account admin) {
        if (index.enabledAdmins(admin.unitCode()) <= 1) {
            throw new TransitionRefusedException("lastAdmin", admin.username() + " is the last enabled administrator of "
                    + admin.unitCode());
        }
    }

    // ---- helpers

    private Set<Role> roles(List<String> ids) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        List<Violation> v = new ArrayList<>();
        for (String id : ids == null ? List.<String>of() : ids) {
            Role.byId(id == null ? "" : id.strip()).ifPresentOrElse(roles::add, () -> v.add(Violation.of("roles", "notAllowed", id)));
        }
        if (!v.isEmpty()) {
            throw new ValidationFailedException(v);
        }
        return roles;
    }

    private AccountView view(Account a) {
        return AccountView.of(a, unitName(a.unitCode()));
    }

    private String unitName(String code) {
        return units.find(code).map(OrgUnit::fullName).orElse(code);
    }

    static String strip(String s) {
        return s == null ? null : s.strip();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private Instant now() {
        return clock.instant();
    }
}
