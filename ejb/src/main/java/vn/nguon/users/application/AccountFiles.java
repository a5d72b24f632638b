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
import vn.nguon.shared.TableFile;
import vn.nguon.users.domain.Account;
import vn.nguon.users.domain.AccountRepository;
import vn.nguon.users.domain.AccountRules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Accounts in files: a CSV or XLSX import that creates every account of the file or none (at once, or in the
 * background with its progress followed by the page), and the export of a filtered list. The same reach and rules as {@link UserAdministration}, which this complements.
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
    static final List<String> IMPORT_COLUMNS = List.of("username", "last_name", "first_name", "unit_code", "roles");

    @Inject
    ImportRuns runs;

    @Inject
    AccountImporter importer;

    /** One valid row of a file: the account to create and its unit. */
    public record Prepared(int line, Account account, OrgUnit unit) {

        /** A problem Keycloak found with this row's account, named as the file's problems are. */
        ValidationFailedException at(ValidationFailedException e) {
            return new ValidationFailedException(e.violations().stream()
                    .map(v -> new Violation(line + ":" + column(v.field()), v.code(), v.args())).toList());
        }
    }

    /**
     * Creates every account of a CSV or XLSX file (columns {@code username,last_name,first_name,unit_code,roles[,email]},
     * roles separated by {@code |}), or none: every bad row is named (field {@code <line>:<column>}) and nothing
     * is created if any row is bad; a Keycloak failure part-way removes the accounts already made. Returns each
     * account with its temporary password (shown once).
     */
    public List<UserAdministration.Created> importFile(byte[] file) {
        Caller c = callers.current();
        List<UserAdministration.Created> created = new ArrayList<>();
        for (Prepared p : prepare(c, TableFile.read(file, MAX_IMPORT_ROWS))) {
            try {
                created.add(writer.create(c, p.account(), p.unit(), "import"));
            } catch (ValidationFailedException e) {
                throw p.at(e);
            }
        }
        return created;
    }

    /**
     * Checks a file as {@link #importFile} does (its problems thrown at once) and creates its accounts in the
     * background, all or none; returns the run whose {@link #importProgress progress} the page follows.
     */
    public String startImport(byte[] file) {
        Caller c = callers.current();
        List<Prepared> rows = prepare(c, TableFile.read(file, MAX_IMPORT_ROWS));
        String id = runs.start(c.username(), rows.size());
        importer.run(id, c, rows);
        return id;
    }

    /** How far the caller's own import {@code id} has come; empty for an unknown run or another's. */
    public Optional<ImportRuns.Progress> importProgress(String id) {
        return runs.progress(id, callers.current().username());
    }

    /** Forgets the caller's finished import (its temporary passwords were shown). */
    public void forgetImport(String id) {
        runs.forget(id, callers.current().username());
    }

    /** Every row of the file checked against the rules and the caller's reach; every problem thrown together. */
    List<Prepared> prepare(Caller c, TableFile table) {
        List<String> header = table.header();
        List<Violation> v = new ArrayList<>();
        if (header.isEmpty()) {
            throw new ValidationFailedException(List.of(Violation.of("1:header", "account.header", String.join(",", IMPORT_COLUMNS))));
        }
        IMPORT_COLUMNS.stream().filter(col -> !header.contains(col))
                .forEach(col -> v.add(Violation.of("1:" + col, "account.header", String.join(",", IMPORT_COLUMNS))));
        if (table.tooMany(MAX_IMPORT_ROWS)) {
            v.add(Violation.of("file", "account.tooManyRows", MAX_IMPORT_ROWS));
        }
        if (!v.isEmpty()) {
            throw new ValidationFailedException(v);
        }
        Map<String, Optional<OrgUnit>> unitsByCode = new HashMap<>();
        Set<String> inFile = new HashSet<>();
        List<Prepared> ok = new ArrayList<>();
        for (TableFile.Row row : table.rows()) {
            String line = String.valueOf(row.line());
            List<String> cells = row.cells();
            if (cells.size() != header.size()) {
                v.add(Violation.of(line + ":file", "account.columns", header.size() + "/" + cells.size()));
                continue;
            }
            Function<String, String> cell = col -> header.contains(col) ? cells.get(header.indexOf(col)).strip() : "";
            String username = cell.apply("username").toLowerCase(Locale.ROOT);
            String code = cell.apply("unit_code");
            Optional<OrgUnit> unit = unitsByCode.computeIfAbsent(code, this::unit);
            List<Violation> rowProblems = new ArrayList<>();
            Set<Role> roles = EnumSet.noneOf(Role.class);
            for (String r : cell.apply("roles").split("[|;,\\s]+")) {
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
                ok.add(new Prepared(row.line(), new Account(null, username, cell.apply("first_name"), cell.apply("last_name"),
                        UserAdministration.blankToNull(cell.apply("email")), unit.get().code(), roles, true), unit.get()));
            }
        }
        if (!v.isEmpty()) {
            throw new ValidationFailedException(v);
        }
        return ok;
    }

    /**
     * The unit of a code as written in a file. A spreadsheet turns a code typed as a number into one without
     * its leading zeros (03390 → 3390): a code of digits that names no unit is tried again zero-padded to a
     * commune's five digits, then to a province's two.
     */
    private Optional<OrgUnit> unit(String code) {
        Optional<OrgUnit> exact = units.find(code);
        if (exact.isPresent() || !code.matches("\\d{1,4}")) {
            return exact;
        }
        return units.find("0".repeat(5 - code.length()) + code)
                .or(() -> code.length() < 2 ? units.find("0" + code) : Optional.empty());
    }

    static String column(String field) {
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
