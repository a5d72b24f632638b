package vn.nguon.users.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import vn.nguon.kernel.AccessRefusedException;
import vn.nguon.kernel.TransitionRefusedException;
import vn.nguon.kernel.ValidationFailedException;
import vn.nguon.kernel.Violation;
import vn.nguon.org.application.UnitView;
import vn.nguon.users.application.AccountCommand;
import vn.nguon.users.application.AccountView;
import vn.nguon.users.application.DirectoryUnavailableException;
import vn.nguon.users.application.UserAdministration;
import vn.nguon.web.Messages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Quản lý người dùng ({@code users/index.xhtml}): the accounts of the administrator's unit and the units
 * below it — a lazy, paged, sortable list with filters (province / commune, role, enabled, search without
 * diacritics), and the form to add or edit an account, enable / disable, reset the password (shown once)
 * and sign out everywhere. The rules are the service's (UserAdministration); the page shows its refusals.
 */
@Named
@ViewScoped
public class UsersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserAdministration users;

    @Inject
    vn.nguon.users.application.AccountFiles files;



    // the list's filters
    private String filterUpper;
    private String filterCommune;
    private String filterRole;
    private String filterEnabled;
    private String search;

    // the form (username null: a new account)
    private boolean editing;
    private String editedUsername;
    private String username;
    private String lastName;
    private String firstName;
    private String email;
    private String upper;
    private String commune;
    private List<String> roles = new ArrayList<>();

    private UnitView own;
    private List<UnitView> uppers = List.of();
    private String shownPassword;
    private String shownFor;
    private final Set<String> invalid = new TreeSet<>();
    /** The communes of each province asked for (f:selectItems asks several times a request). */
    private final Map<String, List<UnitView>> communes = new java.util.HashMap<>();

    private final LazyDataModel<AccountView> accounts = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) page(0, 1, Map.of()).total();
        }

        @Override
        public List<AccountView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            UserAdministration.Page p = page(first, pageSize, sortBy);
            setRowCount((int) p.total());
            return p.rows();
        }

        @Override
        public String getRowKey(AccountView a) {
            return a.username();
        }
    };

    @PostConstruct
    void init() {
        try {
            own = users.units(null).get(0);
            // the units one level down from the administrator's own (the ministry: the provinces)
            uppers = own.level() == vn.nguon.org.domain.UnitLevel.MINISTRY ? users.units(own.code()) : List.of();
            upper = own.code();
        } catch (AccessRefusedException | EJBAccessException e) {
            Messages.error("users.refused");
        }
    }

    private UserAdministration.Page page(int first, int max, Map<String, SortMeta> sortBy) {
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        Boolean enabled = filterEnabled == null || filterEnabled.isBlank() ? null : Boolean.valueOf(filterEnabled);
        try {
            return users.list(new UserAdministration.Query(filterUnit(), filterRole, enabled, search,
                    sort == null ? null : sort.getField(), sort != null && sort.getOrder() == SortOrder.DESCENDING, first, max));
        } catch (DirectoryUnavailableException e) {
            Messages.error("users.unavailable");
        } catch (AccessRefusedException | EJBAccessException e) {
            Messages.error("users.refused");
        }
        return new UserAdministration.Page(0, List.of());
    }

    private String filterUnit() {
        if (filterCommune != null && !filterCommune.isBlank()) {
            return filterCommune;
        }
        return filterUpper == null || filterUpper.isBlank() ? null : filterUpper;
    }

    // ---- units for the selects

    /** The provinces (for the ministry) or the administrator's own unit. */
    public List<UnitView> getUppers() {
        return uppers;
    }

    public boolean isMinistry() {
        return own != null && own.level() == vn.nguon.org.domain.UnitLevel.MINISTRY;
    }

    public UnitView getOwn() {
        return own;
    }

    /** The communes under {@code code} (a province), for the selects; read once per code for the view. */
    public List<UnitView> communesOf(String code) {
        if (code == null || code.isBlank() || own == null || own.level() == vn.nguon.org.domain.UnitLevel.COMMUNE) {
            return List.of();
        }
        return communes.computeIfAbsent(code, this::communesBelow);
    }

    private List<UnitView> communesBelow(String code) {
        try {
            List<UnitView> below = users.units(code);
            return below.stream().allMatch(u -> u.level() == vn.nguon.org.domain.UnitLevel.COMMUNE) ? below : List.of();
        } catch (AccessRefusedException | EJBAccessException e) {
            return List.of();
        }
    }

    /** The roles the account may get, for the unit chosen in the form. */
    public List<String> getGrantable() {
        String unit = formUnit();
        if (unit == null) {
            return List.of();
        }
        try {
            return users.grantable(unit);
        } catch (AccessRefusedException | EJBAccessException e) {
            return List.of();
        }
    }

    private String formUnit() {
        if (commune != null && !commune.isBlank()) {
            return commune;
        }
        return upper == null || upper.isBlank() ? null : upper;
    }

    public void unitChanged() {
        List<String> grantable = getGrantable();
        roles.retainAll(grantable);
    }

    public void upperChanged() {
        commune = null;
        unitChanged();
    }

    // ---- actions

    public void newAccount() {
        editing = true;
        editedUsername = null;
        username = lastName = firstName = email = commune = null;
        upper = own == null ? null : own.code();
        roles = new ArrayList<>();
        invalid.clear();
    }

    public void edit(String name) {
        try {
            AccountView a = users.get(name);
            editing = true;
            editedUsername = a.username();
            username = a.username();
            lastName = a.lastName();
            firstName = a.firstName();
            email = a.email();
            roles = new ArrayList<>(a.roles());
            placeUnit(a.unitCode());
            invalid.clear();
        } catch (AccessRefusedException | EJBAccessException e) {
            Messages.error("users.refused");
        }
    }

    private void placeUnit(String code) {
        if (own != null && code.equals(own.code())) {
            upper = own.code();
            commune = null;
            return;
        }
        for (UnitView u : uppers) {
            if (u.code().equals(code)) {
                upper = code;
                commune = null;
                return;
            }
        }
        // a commune: its province is the one whose communes contain it
        String province = own != null && own.level() == vn.nguon.org.domain.UnitLevel.PROVINCE ? own.code()
                : uppers.stream().map(UnitView::code).filter(p -> communesOf(p).stream().anyMatch(c -> c.code().equals(code)))
                .findFirst().orElse(null);
        upper = province;
        commune = code;
    }

    public void save() {
        invalid.clear();
        try {
            AccountCommand command = new AccountCommand(editedUsername == null ? username : null, firstName, lastName, email,
                    formUnit(), roles);
            if (editedUsername == null) {
                UserAdministration.Created created = users.create(command);
                shownFor = created.account().username();
                shownPassword = created.temporaryPassword();
                Messages.info("users.created", created.account().username());
            } else {
                users.update(editedUsername, command);
                Messages.info("users.saved", editedUsername);
            }
            editing = false;
        } catch (ValidationFailedException e) {
            for (Violation v : e.violations()) {
                invalid.add(v.field());
                Messages.error("users.field", Messages.text("users.field." + fieldKey(v.field())),
                        Messages.text("violation." + v.code(), v.args().toArray()));
            }
            Messages.failed();
        } catch (TransitionRefusedException e) {
            Messages.error("workflow." + e.code());
            Messages.failed();
        } catch (DirectoryUnavailableException e) {
            Messages.error("users.unavailable");
            Messages.failed();
        } catch (AccessRefusedException | EJBAccessException e) {
            Messages.error("users.refused");
            Messages.failed();
        }
    }

    private static String fieldKey(String field) {
        return switch (field) {
            case "username", "firstName", "lastName", "email", "roles" -> field;
            default -> "unitCode";
        };
    }

    public void cancel() {
        editing = false;
        invalid.clear();
    }

    public void setEnabled(String name, boolean on) {
        act(() -> {
            users.setEnabled(name, on);
            Messages.info(on ? "users.enabled" : "users.disabled", name);
        });
    }

    public void resetPassword(String name) {
        act(() -> {
            shownPassword = users.resetPassword(name);
            shownFor = name;
            Messages.info("users.passwordReset", name);
        });
    }

    public void signOut(String name) {
        act(() -> {
            users.signOut(name);
            Messages.info("users.signedOut", name);
        });
    }

    private void act(Runnable step) {
        shownPassword = null;
        try {
            step.run();
        } catch (TransitionRefusedException e) {
            Messages.error("workflow." + e.code());
        } catch (DirectoryUnavailableException e) {
            Messages.error("users.unavailable");
        } catch (AccessRefusedException | EJBAccessException e) {
            Messages.error("users.refused");
        }
    }

    /** The list as filtered, as CSV for a spreadsheet. */
    public org.primefaces.model.StreamedContent getExport() {
        Boolean enabled = filterEnabled == null || filterEnabled.isBlank() ? null : Boolean.valueOf(filterEnabled);
        byte[] csv = UsersCsv.write(files.export(new UserAdministration.Query(filterUnit(), filterRole, enabled, search, "username",
                false, 0, 0)), Messages.bundle()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return org.primefaces.model.DefaultStreamedContent.builder().name("tai-khoan.csv").contentType("text/csv; charset=UTF-8")
                .stream(() -> new java.io.ByteArrayInputStream(csv)).build();
    }


    public void filter() {
        shownPassword = null;
    }

    /** The once-shown temporary password is hidden (another step of the page, such as an import, began). */
    public void forgetShownPassword() {
        shownPassword = null;
    }

    /** A time in Vietnam, to the minute; "—" when there is none. */
    public String time(java.time.Instant t) {
        return t == null ? "—" : vn.nguon.web.Times.minutes(t);
    }

    public boolean invalid(String field) {
        return invalid.contains(field);
    }

    public String roleLabels(List<String> ids) {
        return String.join(", ", ids.stream().map(r -> Messages.text("role." + r)).toList());
    }

    // ---- properties

    public LazyDataModel<AccountView> getAccounts() { return accounts; }
    public String getFilterUpper() { return filterUpper; }
    public void setFilterUpper(String v) { filterUpper = v; filterCommune = null; }
    public String getFilterCommune() { return filterCommune; }
    public void setFilterCommune(String v) { filterCommune = v; }
    public String getFilterRole() { return filterRole; }
    public void setFilterRole(String v) { filterRole = v; }
    public String getFilterEnabled() { return filterEnabled; }
    public void setFilterEnabled(String v) { filterEnabled = v; }
    public String getSearch() { return search; }
    public void setSearch(String v) { search = v; }
    public boolean isEditing() { return editing; }
    public boolean isCreating() { return editedUsername == null; }
    public String getUsername() { return username; }
    public void setUsername(String v) { username = v; }
    public String getLastName() { return lastName; }
    public void setLastName(String v) { lastName = v; }
    public String getFirstName() { return firstName; }
    public void setFirstName(String v) { firstName = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public String getUpper() { return upper; }
    public void setUpper(String v) { upper = v; }
    public String getCommune() { return commune; }
    public void setCommune(String v) { commune = v; }
    public List<String> getRoles() { return roles; }
    public void setRoles(List<String> v) { roles = v == null ? new ArrayList<>() : new ArrayList<>(v); }
    public String getShownPassword() { return shownPassword; }
    public String getShownFor() { return shownFor; }
    public List<String> getAllRoles() {
        return java.util.Arrays.stream(vn.nguon.identity.domain.Role.values()).map(vn.nguon.identity.domain.Role::id).toList();
    }
}
