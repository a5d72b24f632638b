package vn.nguon.sim;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Nguồn's JSON API as a demo user sees it: real Keycloak tokens (password grant with the demo
 * realm's password), real HTTP. The simulator registers its devices through it; the tests and the
 * benchmarks call the API through it too.
 */
public final class Api {

    public static final String BASE = "http://localhost:8080/nguon/api/";
    private static final String TOKEN_URL = "http://localhost:8180/realms/nguon/protocol/openid-connect/token";
    private static final Map<String, String> TOKENS = new HashMap<>();
    private static final Map<String, Long> ISSUED = new HashMap<>();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** Status and parsed body of one call. */
    public record Reply(int status, JsonValue body, byte[] bytes) {
        public Reply(int status, JsonValue body) {
            this(status, body, null);
        }

        public JsonObject json() {
            return body.asJsonObject();
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    private final String user;
    private final String language;
    /** Further request headers, name and value in turn. */
    private final List<String> headers;

    private Api(String user, String language, List<String> headers) {
        this.user = user;
        this.language = language;
        this.headers = headers;
    }

    public static Api as(String user) {
        return new Api(user, "vi", List.of());
    }

    /** The same user asking for answers in {@code language} (Accept-Language). */
    public Api inLanguage(String language) {
        return new Api(user, language, headers);
    }

    /** The same user sending one more header with every request (e.g. a W3C {@code traceparent}). */
    public Api withHeader(String name, String value) {
        List<String> more = new java.util.ArrayList<>(headers);
        more.add(name);
        more.add(value);
        return new Api(user, language, List.copyOf(more));
    }

    /** A request to {@code path} with this user's token, language and headers. */
    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Authorization", "Bearer " + token(user)).header("Accept-Language", language);
        for (int i = 0; i < headers.size(); i += 2) {
            b.header(headers.get(i), headers.get(i + 1));
        }
        return b;
    }

    public Reply get(String path) {
        return send("GET", path, null);
    }

    /** A GET of a file: the raw bytes (and the status). */
    public Reply getBytes(String path) {
        try {
            HttpRequest req = request(path).GET().build();
            HttpResponse<byte[]> res = HTTP.send(req, HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(res.statusCode(), JsonValue.NULL, res.body());
        } catch (Exception e) {
            throw new IllegalStateException("GET " + path, e);
        }
    }

    /** A POST of a text body (e.g. a CSV file) with its content type. */
    public Reply postText(String path, String contentType, String body) {
        try {
            HttpRequest req = request(path).header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
            HttpResponse<String> res = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
            return new Reply(res.statusCode(), json(res.body()));
        } catch (Exception e) {
            throw new IllegalStateException("POST " + path, e);
        }
    }

    /** A POST of a binary body (e.g. an audio file) with its content type. */
    public Reply postBytes(String path, String contentType, byte[] body) {
        try {
            HttpRequest req = request(path).header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            HttpResponse<String> res = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
            return new Reply(res.statusCode(), json(res.body()));
        } catch (Exception e) {
            throw new IllegalStateException("POST " + path, e);
        }
    }

    /** The body as JSON, or as a JSON string when it is not JSON (an error page), so that tests can show it. */
    static JsonValue json(String body) {
        if (body == null || body.isBlank()) {
            return JsonValue.NULL;
        }
        try {
            return Json.createReader(new StringReader(body)).readValue();
        } catch (jakarta.json.JsonException e) {
            return Json.createValue(body);
        }
    }

    /** Any method with any body bytes and content type, as a careless or hostile client sends them. */
    public Reply send(String method, String path, String contentType, byte[] body) {
        try {
            HttpRequest req = request(path)
                    .header("Content-Type", contentType)
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build();
            HttpResponse<String> res = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
            return new Reply(res.statusCode(), json(res.body()));
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path, e);
        }
    }

    public Reply delete(String path) {
        return send("DELETE", path, null);
    }

    public Reply post(String path, JsonStructure body) {
        return send("POST", path, body);
    }

    public Reply put(String path, JsonStructure body) {
        return send("PUT", path, body);
    }

    private Reply send(String method, String path, JsonStructure body) {
        try {
            HttpRequest req = request(path)
                    .header("Content-Type", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body.toString()))
                    .build();
            HttpResponse<String> res = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
            return new Reply(res.statusCode(), json(res.body()));
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path, e);
        }
    }

    /** A sign-in with a password (Keycloak's password grant): 200 with tokens, or Keycloak's refusal (its error, why). */
    public static Reply signIn(String user, String password) {
        try {
            String form = Map.of("grant_type", "password", "client_id", "nguon-web", "client_secret", "nguon-dev-secret",
                            "username", user, "password", password).entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            HttpResponse<String> res = HTTP.send(HttpRequest.newBuilder(URI.create(TOKEN_URL))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(res.statusCode(), json(res.body()));
        } catch (Exception e) {
            throw new IllegalStateException("sign in " + user, e);
        }
    }

    static synchronized String token(String user) {
        String cached = TOKENS.get(user);
        // access tokens live 5 minutes in the realm; take a new one well before
        if (cached != null && System.currentTimeMillis() - ISSUED.get(user) < 180_000) {
            return cached;
        }
        Reply res = signIn(user, "demo");
        if (res.status() != 200) {
            throw new IllegalStateException("no token for " + user + ": " + res.body());
        }
        String token = res.json().getString("access_token");
        TOKENS.put(user, token);
        ISSUED.put(user, System.currentTimeMillis());
        return token;
    }
}
