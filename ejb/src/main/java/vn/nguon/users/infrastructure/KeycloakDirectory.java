package vn.nguon.users.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import vn.nguon.identity.domain.Role;
import vn.nguon.kernel.ValidationFailedException;
import vn.nguon.kernel.Violation;
import vn.nguon.users.application.Directory;
import vn.nguon.users.application.DirectoryUnavailableException;
import vn.nguon.users.domain.Account;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** {@link Directory} on Keycloak's admin API, through keycloak-admin-client ({@link KeycloakAdmin}). */
@ApplicationScoped
public class KeycloakDirectory implements Directory {

    static final String UNIT = "unit_code";
    static final String UPDATE_PASSWORD = "UPDATE_PASSWORD";

    @Inject
    KeycloakAdmin admin;

    @Override
    public Optional<Account> byUsername(String username) {
        return call("find " + username, () -> admin.realm().users().search(username, true).stream()
                .filter(u -> u.getUsername().equalsIgnoreCase(username)).findFirst().map(u -> account(u, roles(u.getId()))));
    }

    @Override
    public String create(Account a, String temporaryPassword) {
        UserRepresentation u = new UserRepresentation();
        u.setUsername(a.username());
        u.setFirstName(a.firstName());
        u.setLastName(a.lastName());
        u.setEmail(a.email());
        u.setEmailVerified(a.email() != null);
        u.setEnabled(true);
        u.setAttributes(Map.of(UNIT, List.of(a.unitCode())));
        u.setRequiredActions(List.of(UPDATE_PASSWORD));
        u.setCredentials(List.of(temporary(temporaryPassword)));
        String id = call("create " + a.username(), () -> {
            try (Response r = admin.realm().users().create(u)) {
                if (r.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
                    // made meanwhile in Keycloak's console (the index does not know it yet): a problem of the input
                    throw conflict(r, a);
                }
                return CreatedResponseUtil.getCreatedId(r);
            }
        });
        try {
            call("give roles to " + a.username(), () -> {
                admin.realm().users().get(id).roles().realmLevel().add(representations(a.roles()));
                return null;
            });
        } catch (RuntimeException e) {
            // all or nothing: an account without its roles is removed again
            delete(id);
            throw e;
        }
        return id;
    }

    @Override
    public void update(Account before, Account after) {
        call("update " + after.username(), () -> {
            UserResource user = admin.realm().users().get(after.id());
            UserRepresentation u = user.toRepresentation();
            u.setFirstName(after.firstName());
            u.setLastName(after.lastName());
            u.setEmail(after.email());
            Map<String, List<String>> attributes = new java.util.HashMap<>(u.getAttributes() == null ? Map.of() : u.getAttributes());
            attributes.put(UNIT, List.of(after.unitCode()));
            u.setAttributes(attributes);
            try {
                user.update(u);
            } catch (WebApplicationException e) {
                if (e.getResponse().getStatus() == Response.Status.CONFLICT.getStatusCode()) {
                    throw conflict(e.getResponse(), after);
                }
                throw e;
            }
            Set<Role> removed = EnumSet.noneOf(Role.class);
            removed.addAll(before.roles());
            removed.removeAll(after.roles());
            Set<Role> added = EnumSet.noneOf(Role.class);
            added.addAll(after.roles());
            added.removeAll(before.roles());
            if (!removed.isEmpty()) {
                user.roles().realmLevel().remove(representations(removed));
            }
            if (!added.isEmpty()) {
                user.roles().realmLevel().add(representations(added));
            }
            return null;
        });
    }

    @Override
    public void setEnabled(String id, boolean enabled) {
        call("enable " + id, () -> {
            UserResource user = admin.realm().users().get(id);
            UserRepresentation u = user.toRepresentation();
            u.setEnabled(enabled);
            user.update(u);
            return null;
        });
    }

    @Override
    public void resetPassword(String id, String temporaryPassword) {
        call("reset the password of " + id, () -> {
            UserResource user = admin.realm().users().get(id);
            user.resetPassword(temporary(temporaryPassword));
            UserRepresentation u = user.toRepresentation();
            List<String> actions = new ArrayList<>(u.getRequiredActions() == null ? List.of() : u.getRequiredActions());
            if (!actions.contains(UPDATE_PASSWORD)) {
                actions.add(UPDATE_PASSWORD);
                u.setRequiredActions(actions);
                user.update(u);
            }
            return null;
        });
    }

    @Override
    public void signOut(String id) {
        call("sign out " + id, () -> {
            admin.realm().users().get(id).logout();
            return null;
        });
    }

    @Override
    public void delete(String id) {
        call("delete " + id, () -> {
            try (Response r = admin.realm().users().delete(id)) {
                return r.getStatus();
            }
        });
    }

    @Override
    public void each(int pageSize, java.util.function.Consumer<List<Account>> page) {
        // roles by role (a few calls per role), not by user (one call per account: 20,000 for the country)
        Map<String, Set<Role>> roles = new java.util.HashMap<>();
        for (Role role : Role.values()) {
            for (int first = 0; ; first += pageSize) {
                int from = first;
                List<UserRepresentation> members = call("list " + role.id(),
                        () -> admin.realm().roles().get(role.id()).getUserMembers(true, from, pageSize)); // brief: ids are enough
                members.forEach(m -> roles.computeIfAbsent(m.getId(), k -> EnumSet.noneOf(Role.class)).add(role));
                if (members.size() < pageSize) {
                    break;
                }
            }
        }
        for (int first = 0; ; first += pageSize) {
            int from = first;
            List<UserRepresentation> users = call("list accounts", () -> admin.realm().users().list(from, pageSize));
            page.accept(users.stream().filter(u -> u.getServiceAccountClientId() == null)
                    .map(u -> account(u, roles.getOrDefault(u.getId(), Set.of()))).toList());
            if (users.size() < pageSize) {
                break;
            }
        }
    }

    @Override
    public List<SignIn> signIns(java.time.Instant since, int max) {
        List<SignIn> all = new ArrayList<>();
        int page = Math.min(max, 500);
        for (int first = 0; first < max; first += page) {
            int from = first;
            List<org.keycloak.representations.idm.EventRepresentation> events = call("read sign-ins",
                    () -> admin.realm().getEvents(List.of("LOGIN"), null, null, since.toEpochMilli(), System.currentTimeMillis() + 60_000,
                            null, from, page, "asc"));
            events.stream().filter(e -> e.getUserId() != null)
                    .forEach(e -> all.add(new SignIn(e.getUserId(), java.time.Instant.ofEpochMilli(e.getTime()))));
            if (events.size() < page) {
                break;
            }
        }
        return all;
    }

    // ---- mapping

    /** Keycloak's 409: the username or the e-mail address (unique in the realm) is another account's. */
    private static ValidationFailedException conflict(Response r, Account a) {
        String said = r.hasEntity() ? r.readEntity(String.class) : "";
        return new ValidationFailedException(List.of(said.toLowerCase(java.util.Locale.ROOT).contains("email")
                ? Violation.of("email", "account.emailTaken", a.email())
                : Violation.of("username", "account.taken", a.username())));
    }

    private Set<Role> roles(String id) {
        return admin.realm().users().get(id).roles().realmLevel().listAll().stream()
                .map(r -> Role.byId(r.getName())).flatMap(Optional::stream).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    private List<RoleRepresentation> representations(Set<Role> roles) {
        return roles.stream().map(r -> admin.realm().roles().get(r.id()).toRepresentation()).toList();
    }

    private static Account account(UserRepresentation u, Set<Role> roles) {
        List<String> unit = u.getAttributes() == null ? null : u.getAttributes().get(UNIT);
        return new Account(u.getId(), u.getUsername(), u.getFirstName(), u.getLastName(), u.getEmail(),
                unit == null || unit.isEmpty() ? "" : unit.get(0), roles, Boolean.TRUE.equals(u.isEnabled()));
    }

    private static CredentialRepresentation temporary(String password) {
        CredentialRepresentation c = new CredentialRepresentation();
        c.setType(CredentialRepresentation.PASSWORD);
        c.setValue(password);
        c.setTemporary(true);
        return c;
    }

    /** Runs one exchange with Keycloak; a failure of Keycloak (down, slow, an error answer) is DirectoryUnavailable. */
    private static <T> T call(String what, Supplier<T> exchange) {
        try {
            return exchange.get();
        } catch (ProcessingException | WebApplicationException e) {
            throw new DirectoryUnavailableException("Keycloak: cannot " + what + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            if (e.getCause() instanceof java.io.IOException) {
                throw new DirectoryUnavailableException("Keycloak: cannot " + what + ": " + e.getMessage(), e);
            }
            throw e;
        }
    }
}
