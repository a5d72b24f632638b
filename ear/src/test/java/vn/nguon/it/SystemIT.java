package vn.nguon.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.nguon.it.ui.Browser;
import vn.nguon.sim.Api;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real EAR from outside: every page needs an SSO login except the public ones (under
 * {@code /public/}, with what they load); readiness covers database and messaging.
 */
@ExtendWith(ArquillianExtension.class)
class SystemIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void anonymousVisitorsAreSentToKeycloak() throws Exception {
        for (String page : new String[]{"nguon/", "nguon/index.xhtml", "nguon/error/no-unit.xhtml", "nguon/logout",
                "nguon/reporting/index.xhtml", "nguon/broadcasts/bulletin.xhtml",
                "nguon/publicity.xhtml"}) {
            HttpResponse<String> res = http.send(HttpRequest.newBuilder(root().resolve(page)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(302, res.statusCode(), page);
            String location = res.headers().firstValue("Location").orElseThrow();
            assertTrue(location.startsWith("http://localhost:8180/realms/nguon/protocol/openid-connect/auth?"), location);
            assertTrue(location.contains("client_id=nguon-web"), location);
        }
    }

    @Test
    void everyAnswerCarriesProtectiveHeaders() throws Exception {
        for (String path : new String[]{"nguon/public/index.xhtml", "nguon/verify", "nguon/api/bulletins",
                "nguon/jakarta.faces.resource/css/nguon.css.xhtml"}) {
            HttpResponse<String> res = http.send(HttpRequest.newBuilder(root().resolve(path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            var h = res.headers();
            assertEquals("nosniff", h.firstValue("X-Content-Type-Options").orElse(null), path);
            assertEquals("DENY", h.firstValue("X-Frame-Options").orElse(null), path);
            assertEquals("strict-origin-when-cross-origin", h.firstValue("Referrer-Policy").orElse(null), path);
            if (res.statusCode() != 302) {
                java.util.List<String> policies = h.allValues("Content-Security-Policy");
                assertEquals(1, policies.size(), path + ": exactly one policy, or browsers apply the strictest of both: " + policies);
                assertTrue(policies.get(0).contains("frame-ancestors 'none'"), path + ": " + policies);
                assertFalse(policies.get(0).contains("unsafe-eval") || policies.get(0).matches(".*script-src[^;]*unsafe-inline.*"),
                        path + ": " + policies);
            }
        }
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(root().resolve("nguon/public/index.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        java.util.regex.Matcher nonce = java.util.regex.Pattern.compile("'nonce-([^']+)'").matcher(policy);
        assertTrue(nonce.find(), policy);
        assertTrue(page.body().contains("nonce=\"" + nonce.group(1) + "\""), "the page's scripts carry the policy's nonce");
    }

    @Test
    void theApiTakesTokensOnlyAndAnswersAnonymousCallsWithAProblem() throws Exception {
        for (String language : new String[]{"vi", "en"}) {
            HttpResponse<String> res = http.send(HttpRequest.newBuilder(root().resolve("nguon/api/bulletins"))
                    .header("Accept-Language", language)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"x\"}")).header("Content-Type", "application/json")
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(401, res.statusCode(), res.body());
            assertTrue(res.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), res.headers().toString());
            assertTrue(res.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"), res.headers().toString());
            JsonObject problem = Json.createReader(new StringReader(res.body())).readObject();
            assertEquals("unauthorized", problem.getString("error"));
            assertEquals(language.equals("en") ? "Not signed in" : "Chưa đăng nhập", problem.getString("title"));
        }
        // a token that Keycloak did not sign is no token
        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(root().resolve("nguon/api/bulletins"))
                .header("Authorization", "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, forged.statusCode(), forged.body());
    }

    @Test
    void theBrowsersSessionIsNoCredentialForTheApi() {
        // a script in a page of a signed-in official (same origin, with the session cookie) cannot use the API
        try (Browser browser = Browser.signedIn("binhlu.canbo")) {
            Object answers = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "Promise.all(["
                            + "fetch('/nguon/api/bulletins', {credentials: 'same-origin'}),"
                            + "fetch('/nguon/api/bulletins', {method: 'POST', credentials: 'same-origin',"
                            + "  headers: {'Content-Type': 'application/json'}, body: JSON.stringify({title: 'Giả mạo'})})"
                            + "]).then(rs => Promise.all(rs.map(r => r.text().then(t => r.status + ' ' + t))))"
                            + ".then(done).catch(e => done(String(e)));");
            java.util.List<?> replies = (java.util.List<?>) answers;
            for (Object reply : replies) {
                assertTrue(String.valueOf(reply).startsWith("401 ") && String.valueOf(reply).contains("\"unauthorized\""),
                        String.valueOf(reply));
            }
        }
        assertFalse(Api.as("binhlu.canbo").get("bulletins").toString().contains("Giả mạo"), "nothing was created");
    }

    @Test
    void publicPagesAnswerWithoutALogin() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(root().resolve("nguon/public/index.xhtml"))
                .header("Accept-Language", "vi").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("Cổng thông tin công khai"), page.body());
        assertFalse(page.body().contains("id=\"logout\"") || page.body().contains("id=\"user-name\""),
                "a public page shows nothing of a signed-in user");
        // what the page loads is public too, or an anonymous visitor would get an unstyled page
        java.util.regex.Matcher css = java.util.regex.Pattern.compile("href=\"(/nguon/jakarta\\.faces\\.resource/[^\"]+)\"")
                .matcher(page.body());
        assertTrue(css.find(), "the page links its stylesheet");
        HttpResponse<String> sheet = http.send(HttpRequest.newBuilder(root().resolve(css.group(1).replace("&amp;", "&")))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, sheet.statusCode(), css.group(1));
        HttpResponse<String> verify = http.send(HttpRequest.newBuilder(root().resolve("nguon/verify")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, verify.statusCode());
        // the public template itself is never served
        assertEquals(404, http.send(HttpRequest.newBuilder(root().resolve("nguon/WEB-INF/templates/public.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void readinessChecksDatabaseAndMessaging() throws Exception {
        HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create(Browser.HEALTH_URL)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, res.statusCode(), res.body());
        JsonObject health = Json.createReader(new StringReader(res.body())).readObject();
        Map<String, JsonObject> checks = health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(c -> c.getString("name"), c -> c));
        assertEquals("UP", checks.get("database").getString("status"));
        assertEquals(3356, checks.get("database").getJsonObject("data").getJsonNumber("units").longValue());
        assertTrue(checks.get("database").getJsonObject("data").getJsonNumber("notificationsInOutbox").longValue() >= 0,
                "the outbox's backlog is shown: " + checks.get("database"));
        assertEquals("UP", checks.get("messaging").getString("status"));
    }

    private static URI root() {
        return URI.create(Browser.APP_HOST);
    }
}
