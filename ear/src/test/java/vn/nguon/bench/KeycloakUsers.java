package vn.nguon.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Benchmark users in the dev/test Keycloak (admin/admin): per commune an officer
 * ({@code bench.<code>.canbo}) and a leader ({@code bench.<code>.lanhdao}), password {@code demo},
 * with the commune as {@code unit_code}. Created through Keycloak's admin REST API; kept if present.
 */
final class KeycloakUsers {

    private static final String BASE = "http://localhost:8180";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private KeycloakUsers() {
    }

    static String officer(String commune) {
        return "bench." + commune + ".canbo";
    }

    static String leader(String commune) {
        return "bench." + commune + ".lanhdao";
    }

    static void ensure(List<String> communes) throws Exception {
        String admin = adminToken();
        JsonObject officerRole = role(admin, "commune-officer");
        JsonObject leaderRole = role(admin, "commune-leader");
        for (String c : communes) {
            create(admin, officer(c), c, officerRole);
            create(admin, leader(c), c, leaderRole);
        }
    }

    private static void create(String admin, String username, String unit, JsonObject role) throws Exception {
        String body = Json.createObjectBuilder()
                .add("username", username).add("enabled", true)
                .add("firstName", "Bench").add("lastName", username).add("email", username + "@bench.nguon.invalid")
                .add("emailVerified", true)
                .add("attributes", Json.createObjectBuilder().add("unit_code", Json.createArrayBuilder().add(unit)))
                .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "password").add("value", "demo").add("temporary", false)))
                .build().toString();
        HttpResponse<String> r = send(admin, "POST", "/admin/realms/nguon/users", body);
        if (r.statusCode() == 409) {
            return; // already there from an earlier run
        }
        if (r.statusCode() != 201) {
            throw new IllegalStateException("cannot create " + username + ": " + r.statusCode() + " " + r.body());
        }
        String location = r.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        HttpResponse<String> m = send(admin, "POST", "/admin/realms/nguon/users/" + id + "/role-mappings/realm",
                Json.createArrayBuilder().add(role).build().toString());
        if (m.statusCode() != 204) {
            throw new IllegalStateException("cannot give " + username + " its role: " + m.statusCode() + " " + m.body());
        }
    }

    private static JsonObject role(String admin, String name) throws Exception {
        HttpResponse<String> r = send(admin, "GET", "/admin/realms/nguon/roles/" + name, null);
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    private static HttpResponse<String> send(String token, String method, String path, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + path)).header("Authorization", "Bearer " + token);
        if (json != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String adminToken() throws Exception {
        String form = "grant_type=password&client_id=admin-cli&username=admin&password="
                + URLEncoder.encode("admin", StandardCharsets.UTF_8);
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(BASE + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("no Keycloak admin token: " + r.body());
        }
        return Json.createReader(new StringReader(r.body())).readObject().getString("access_token");
    }
}
