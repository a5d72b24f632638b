package vn.nguon.users.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
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

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

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

    private static final Logger LOG = Logger.getLogger(UserAdministration.class.getName());
    public static final String SUBJECT = "account";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A page of accounts and how many there are in all. */
    public record Page(long total, List<AccountView> rows) {
    }

    /** A created account and its temporary password, shown once. */
    public record Created(AccountView account, String temporaryPassword) {
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

    @Resource
    TransactionSynchronizationRegistry transactions;

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

    /** Every account of the filter (at most 25,000), for the export. */
    public List<AccountView> export(Query q) {
        List<AccountView> all = new ArrayList<>();
        for (int first = 0; first < 25_000; first += 200) {
            Page p = list(new Query(q.unit(), q.role(), q.enabled(), q.search(), "username", false, first, 200));
            all.addAll(p.rows());
            if (p.rows().size() < 200) {
                break;
            }
        }
        return all;
    }

    public AccountView get(String username) {
        Caller c = callers.current();
        return view(reachable(c, username).account());
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
        String password = temporaryPassword();
        Account draft = new Account(null, username, strip(cmd.firstName()), strip(cmd.lastName()), blankToNull(cmd.email()),
                unit.code(), roles, true);
        String id = directory.create(draft, password);
        // Keycloak has it now: if this transaction does not commit, the account is removed again
        undoOnRollback(() -> directory.delete(id), "remove " + username);
        Account created = new Account(id, draft.username(), draft.firstName(), draft.lastName(), draft.email(), draft.unitCode(),
                draft.roles(), true);
        index.save(created, unit.fullName(), now());
        audit.record(c, SUBJECT, username, "create", null, "enabled", describe(created), now());
        return new Created(view(created), password);
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
        undoOnRollback(() -> directory.update(after, before), "restore " + username);
        index.save(after, unit.fullName(), now());
        audit.record(c, SUBJECT, username, "update", null, null, describe(before) + " → " + describe(after), now());
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
        undoOnRollback(() -> directory.setEnabled(before.id(), !enabled), (enabled ? "disable " : "enable ") + username);
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
        String password = temporaryPassword();
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

    /** The most rows one account import file may have. */
    public static final int MAX_IMPORT_ROWS = 1_000;
    static final java.util.List<String> IMPORT_COLUMNS = java.util.List.of("username", "last_name", "first_name", "unit_code", "roles");

    /**
     * Creates every account of a CSV file (columns {@code username,last_name,first_name,unit_code,roles[,email]},
     * roles separated by {@code |}), or none: every bad row is named (field {@code <line>:<column>}) and nothing
     * is created if any row is bad; a Keycloak failure part-way removes the accounts already made. Returns each
     * account with its temporary password (shown once).
     */
    public List<Created> importCsv(String csv) {
        Caller c = callers.current();
        String[] lines = vn.nguon.shared.CsvLines.lines(csv);
        if (lines.length == 0 || lines[0].isBlank()) {
            throw new ValidationFailedException(List.of(Violation.of("1:header", "account.header", String.join(",", IMPORT_COLUMNS))));
        }
        char sep = vn.nguon.shared.CsvLines.separator(lines[0]);
        List<String> header = vn.nguon.shared.CsvLines.split(lines[0], sep).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        List<Violation> v = new ArrayList<>();
        IMPORT_COLUMNS.stream().filter(col -> !header.contains(col))
                .forEach(col -> v.add(Violation.of("1:" + col, "account.header", String.join(",", IMPORT_COLUMNS))));
        long rows = java.util.Arrays.stream(lines).skip(1).filter(l -> !l.isBlank()).count();
        if (rows > MAX_IMPORT_ROWS) {
            v.add(Violation.of("file", "account.tooManyRows", MAX_IMPORT_ROWS));
        }
        if (!v.isEmpty()) {
            throw new ValidationFailedException(v);
        }
        java.util.Map<String, Optional<OrgUnit>> unitsByCode = new java.util.HashMap<>();
        java.util.Set<String> inFile = new java.util.HashSet<>();
        List<Object[]> ok = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String line = String.valueOf(i + 1);
            List<String> cells = vn.nguon.shared.CsvLines.split(lines[i], sep);
            if (cells.size() != header.size()) {
                v.add(Violation.of(line + ":file", "account.columns", header.size() + "/" + cells.size()));
                continue;
            }
            java.util.function.Function<String, String> cell = col -> header.contains(col) ? cells.get(header.indexOf(col)).strip() : "";
            String username = cell.apply("username").toLowerCase(Locale.ROOT);
            String code = cell.apply("unit_code");
            Optional<OrgUnit> unit = unitsByCode.computeIfAbsent(code, units::find);
            List<Violation> rowProblems = new ArrayList<>();
            Set<Role> roles = EnumSet.noneOf(Role.class);
            for (String r : cell.apply("roles").split("[|;\\s]+")) {
                if (!r.isBlank()) {
                    Role.byId(r.strip()).ifPresentOrElse(roles::add, () -> rowProblems.add(Violation.of("roles", "notAllowed", r.strip())));
                }
            }
            if (unit.isEmpty()) {
                rowProblems.add(Violation.of("unit_code", "account.unknownUnit", code));
            } else if (!c.oversees(unit.get())) {
                rowProblems.add(Violation.of("unit_code", "account.notYours", code));
            }
            rowProblems.addAll(AccountRules.problems(username, cell.apply("first_name"), cell.apply("last_name"), cell.apply("email"),
                    roles, unit.map(OrgUnit::level).orElse(null)));
            if (!username.isBlank() && !inFile.add(username)) {
                rowProblems.add(Violation.of("username", "account.duplicateInFile", username));
            } else if (!username.isBlank() && index.byUsername(username).isPresent()) {
                rowProblems.add(Violation.of("username", "account.taken", username));
            }
            rowProblems.forEach(p -> v.add(new Violation(line + ":" + column(p.field()), p.code(), p.args())));
            if (rowProblems.isEmpty()) {
                ok.add(new Object[]{new Account(null, username, cell.apply("first_name"), cell.apply("last_name"),
                        blankToNull(cell.apply("email")), unit.get().code(), roles, true), unit.get()});
            }
        }
        if (!v.isEmpty()) {
            throw new ValidationFailedException(v);
        }
        List<Created> created = new ArrayList<>();
        for (Object[] o : ok) {
            Account draft = (Account) o[0];
            OrgUnit unit = (OrgUnit) o[1];
            String password = temporaryPassword();
            String id = directory.create(draft, password);
            undoOnRollback(() -> directory.delete(id), "remove imported " + draft.username());
            Account a = new Account(id, draft.username(), draft.firstName(), draft.lastName(), draft.email(), draft.unitCode(),
                    draft.roles(), true);
            index.save(a, unit.fullName(), now());
            audit.record(c, SUBJECT, a.username(), "import", null, "enabled", describe(a), now());
            created.add(new Created(AccountView.of(a, unit.fullName()), password));
        }
        return created;
    }

    private static String column(String field) {
        return switch (field) {
            case "firstName" -> "first_name";
            case "lastName" -> "last_name";
            default -> field;
        };
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

    private static String describe(Account a) {
        return a.unitCode() + " " + a.roles().stream().map(Role::id).sorted().toList() + " " + a.fullName()
                + (a.email() == null ? "" : " <" + a.email() + ">");
    }

    private void undoOnRollback(Runnable undo, String what) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    try {
                        undo.run();
                        LOG.info(() -> "rolled back in Keycloak: " + what);
                    } catch (RuntimeException e) {
                        LOG.severe("could not undo in Keycloak (" + what + "): " + e.getMessage());
                    }
                }
            }
        });
    }

    static String temporaryPassword() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private Instant now() {
        return clock.instant();
    }
}
