package vn.nguon.users.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.nguon.identity.application.Caller;
import vn.nguon.identity.application.CallerService;
import vn.nguon.identity.domain.Role;
import vn.nguon.kernel.ValidationFailedException;
import vn.nguon.kernel.Violation;
import vn.nguon.org.domain.OrgUnit;
import vn.nguon.org.domain.OrgUnitRepository;
import vn.nguon.shared.CsvLines;
import vn.nguon.users.domain.Account;
import vn.nguon.users.domain.AccountRepository;
import vn.nguon.users.domain.AccountRules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Accounts in files: a CSV import that creates every account of the file or none, and the export of a
 * filtered list. The same reach and rules as {@link UserAdministration}, which this complements.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class AccountFiles {

    @Inject
    CallerService callers;

    @Inject
    OrgUnitRepository units;

    @Inject
    AccountRepository index;

    @Inject
    AccountWriter writer;

    @Inject
    UserAdministration users;

    /** The most rows one account import file may have. */
    public static final int MAX_IMPORT_ROWS = 1_000;
    static final java.util.List<String> IMPORT_COLUMNS = java.util.List.of("username", "last_name", "first_name", "unit_code", "roles");

    /**
     * Creates every account of a CSV file (columns {@code username,last_name,first_name,unit_code,roles[,email]},
     * roles separated by {@code |}), or none: every bad row is named (field {@code <line>:<column>}) and nothing
     * is created if any row is bad; a Keycloak failure part-way removes the accounts already made. Returns each
     * account with its temporary password (shown once).
     */
    public List<UserAdministration.Created> importCsv(String csv) {
        Caller c = callers.current();
        String[] lines = CsvLines.lines(csv);
        if (lines.length == 0 || lines[0].isBlank()) {
            throw new ValidationFailedException(List.of(Violation.of("1:header", "account.header", String.join(",", IMPORT_COLUMNS))));
        }
        char sep = CsvLines.separator(lines[0]);
        List<String> header = CsvLines.split(lines[0], sep).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        List<Violation> v = new ArrayList<>();
        IMPORT_COLUMNS.stream().filter(col -> !header.contains(col))
                .forEach(col -> v.add(Violation.of("1:" + col, "account.header", String.join(",", IMPORT_COLUMNS))));
        if (CsvLines.rowCount(lines) > MAX_IMPORT_ROWS) {
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
            List<String> cells = CsvLines.split(lines[i], sep);
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
                        UserAdministration.blankToNull(cell.apply("email")), unit.get().code(), roles, true), unit.get()});
            }
        }
        if (!v.isEmpty()) {
            throw new ValidationFailedException(v);
        }
        List<UserAdministration.Created> created = new ArrayList<>();
        for (Object[] o : ok) {
            created.add(writer.create(c, (Account) o[0], (OrgUnit) o[1], "import"));
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

    /** Every account of the filter (at most 25,000), for the export. */
    public List<AccountView> export(UserAdministration.Query q) {
        List<AccountView> all = new ArrayList<>();
        for (int first = 0; first < 25_000; first += 200) {
            UserAdministration.Page p = users.list(new UserAdministration.Query(q.unit(), q.role(), q.enabled(), q.search(), "username", false, first, 200));
            all.addAll(p.rows());
            if (p.rows().size() < 200) {
                break;
            }
        }
        return all;
    }

}
