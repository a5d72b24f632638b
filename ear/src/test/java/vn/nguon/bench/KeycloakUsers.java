package vn.nguon.bench;

import jakarta.ws.rs.core.Response;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import java.util.List;
import java.util.Map;

/**
 * Benchmark users in the dev/test Keycloak: per commune an officer ({@code bench.<code>.canbo}) and a
 * leader ({@code bench.<code>.lanhdao}), password {@code demo}, with the commune as {@code unit_code}.
 * Created through keycloak-admin-client with Nguồn's own service account ({@code nguon-admin}, client
 * credentials — the same the application uses); kept if present.
 */
public final class KeycloakUsers {

    private KeycloakUsers() {
    }

    static String officer(String commune) {
        return "bench." + commune + ".canbo";
    }

    static String leader(String commune) {
        return "bench." + commune + ".lanhdao";
    }

    /** The admin client of the test stack's realm; close it when done. */
    public static Keycloak admin() {
        return KeycloakBuilder.builder().serverUrl("http://localhost:8180").realm("nguon")
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS).clientId("nguon-admin").clientSecret("nguon-admin-dev-secret")
                .build();
    }

    /** Keycloak's own administrator of the test stack (its console's account), for what Nguồn's service account may not do. */
    public static Keycloak consoleAdmin() {
        return KeycloakBuilder.builder().serverUrl("http://localhost:8180").realm("master")
                .grantType(OAuth2Constants.PASSWORD).clientId("admin-cli").username("admin").password("admin").build();
    }

    static void ensure(List<String> communes) {
        try (Keycloak keycloak = admin()) {
            RealmResource realm = keycloak.realm("nguon");
            RoleRepresentation officerRole = realm.roles().get("commune-officer").toRepresentation();
            RoleRepresentation leaderRole = realm.roles().get("commune-leader").toRepresentation();
            for (String c : communes) {
                create(realm, officer(c), c, officerRole);
                create(realm, leader(c), c, leaderRole);
            }
        }
    }

    /** One account with a permanent password and a realm role; nothing when it already exists. */
    public static void create(RealmResource realm, String username, String unit, RoleRepresentation role) {
        UserRepresentation u = new UserRepresentation();
        u.setUsername(username);
        u.setEnabled(true);
        u.setFirstName("Bench");
        u.setLastName(username);
        u.setEmail(username + "@bench.nguon.invalid");
        u.setEmailVerified(true);
        u.setAttributes(Map.of("unit_code", List.of(unit)));
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue("demo");
        password.setTemporary(false);
        u.setCredentials(List.of(password));
        try (Response r = realm.users().create(u)) {
            if (r.getStatus() == 409) {
                return; // already there from an earlier run
            }
            String id = CreatedResponseUtil.getCreatedId(r);
            realm.users().get(id).roles().realmLevel().add(List.of(role));
        }
    }
}
