package vn.nguon.it;

import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.nguon.sim.Api;

import java.io.File;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile and careless JSON bodies against every POST and PUT endpoint that takes JSON — the list is read
 * from the built application itself (the {@code @Path} resources in its WAR), so a new endpoint is covered
 * without editing this test. Each bad body must be answered 4xx as an {@code application/problem+json}
 * that names a field, in the client's language, never with an internal class name; and nothing may be
 * stored (the audit trail and every table's row count stay as they were, the target object unchanged).
 */
@ExtendWith(ArquillianExtension.class)
class HostileInputIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    /** One endpoint: method, path template, the body's Java type (null: a body-less step). */
    record Endpoint(String method, String path, Type body) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** One bad body and the field its problem must name (null: any field). */
    record Bad(String label, byte[] body, String field) {
    }

    /** Who calls each family of endpoints (someone allowed to, so that a lenient binding would really store). */
    private static final Map<String, String> CALLER = Map.of("bulletins", "binhlu.canbo", "media", "binhlu.canbo",
            "devices", "binhlu.vanhanh", "reports", "binhlu.canbo", "periods", "bo.canbo", "users", "laichau.quantri",
            "sources", "laichau.canbo", "feedback", "binhlu.canbo", "public", "binhlu.canbo", "dashboard", "laichau.canbo");

    private static List<Endpoint> endpoints;
    private static final Map<String, String> IDS = new LinkedHashMap<>();

    @BeforeAll
    static void listTheApplicationsEndpoints() throws Exception {
        endpoints = endpoints(new File(System.getProperty("nguon.ear.dir")));
        // real objects of the callers' own units, so that a body bound leniently would change something
        java.time.Instant now = java.time.Instant.now();
        Api.Reply draft = Api.as("binhlu.canbo").post("bulletins", Bulletins.bulletin("Bản tin thử dữ liệu xấu", "NORMAL",
                now.plusSeconds(86_400), now.plusSeconds(90_000),
                jakarta.json.Json.createArrayBuilder().add(Bulletins.target("UNIT", "03390"))).build());
        assertTrue(draft.status() == 201, draft.toString());
        IDS.put("bulletins", draft.json().get("id").toString());
        IDS.put("devices", Bulletins.register("Cụm loa thử dữ liệu xấu"));
        String target = "hostile." + java.util.UUID.randomUUID().toString().substring(0, 6);
        Api.Reply account = Api.as("laichau.quantri").post("users", jakarta.json.Json.createObjectBuilder().add("username", target)
                .add("firstName", "Thử").add("lastName", "Dữ liệu xấu").add("unitCode", "03390")
                .add("roles", jakarta.json.Json.createArrayBuilder().add("commune-officer")).build());
        assertTrue(account.status() == 201, account.toString());
        IDS.put("users", target);
        long period = Periods.open("TTCS-2021-2025@1");
        IDS.put("periods", String.valueOf(period));
        IDS.put("reports", Api.as("binhlu.canbo").get("periods/" + period + "/own").json().get("id").toString());
        Api.Reply item = Api.as("laichau.canbo").post("sources", SourcesIT.item("Nội dung thử dữ liệu xấu", "khac"));
        assertTrue(item.status() == 201, item.toString());
        IDS.put("sources", item.json().get("id").toString());
        // a citizen's feedback for Bình Lư: its code for the public API, its id for the units' API
        java.net.http.HttpResponse<String> sent = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(Api.BASE + "public/feedback")).header("Content-Type", "application/json")
                .header("X-Forwarded-For", "203.0.113.77")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(jakarta.json.Json.createObjectBuilder().add("category", "khac")
                        .add("commune", "03390").add("title", "Phản ánh thử dữ liệu xấu").add("text", "Nội dung").build().toString()))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertTrue(sent.statusCode() == 201, sent.body());
        String code = jakarta.json.Json.createReader(new java.io.StringReader(sent.body())).readObject().getString("code");
        IDS.put("public", code);
        IDS.put("feedback", Api.as("binhlu.canbo").get("feedback?q=" + code).json().getJsonArray("rows").getJsonObject(0).get("id").toString());
    }

    @Test
    void theListIsTheApplicationsOwn() {
        List<String> listed = endpoints.stream().map(Endpoint::toString).toList();
        // a few that must be there: if the listing broke, the test below would pass on nothing
        for (String known : List.of("POST bulletins", "PUT bulletins/{id}", "POST bulletins/{id}/submit", "POST devices",
                "POST devices/{id}/commands", "PUT reports/{id}", "POST reports/{id}/return", "POST periods", "POST users",
                "PUT users/{username}", "POST users/{username}/disable", "POST sources", "PUT sources/{id}", "POST sources/{id}/withdraw",
                "POST feedback", "POST feedback/{id}/transfer", "POST public/feedback", "POST public/feedback/{code}/rating")) {
            assertTrue(listed.contains(known), known + " in " + listed);
        }
    }

    @Test
    void everyBadBodyIsRefusedByFieldAndNothingIsStored() throws Exception {
        List<String> failures = new ArrayList<>();
        int tries = 0;
        for (Endpoint e : endpoints) {
            String family = e.path().split("/")[0];
            String user = Objects.requireNonNull(CALLER.get(family), "who calls " + e + "? add it to CALLER");
            boolean targeted = e.path().contains("{");
            String path = targeted
                    ? e.path().replaceAll("\\{[^}]+}", Objects.requireNonNull(IDS.get(family), "an id for " + e)) : e.path();
            String before = targeted ? state(user, e, path) : null;
            long[] counts = counts();
            for (Bad bad : corpus(e.body())) {
                tries++;
                String language = tries % 2 == 0 ? "en" : "vi";
                Api.Reply r = Api.as(user).inLanguage(language).send(e.method(), path, "application/json", bad.body());
                String what = e + " with " + bad.label() + " (" + language + "): " + abbreviated(r);
                if (r.status() < 400 || r.status() >= 500) {
                    failures.add(what + " — not a 4xx");
                    continue;
                }
                if (!(r.body() instanceof JsonObject p) || !p.containsKey("violations") || p.getJsonArray("violations").isEmpty()) {
                    failures.add(what + " — no field named");
                    continue;
                }
                JsonObject v = p.getJsonArray("violations").getJsonObject(0);
                if (bad.field() != null && p.getJsonArray("violations").stream()
                        .noneMatch(x -> bad.field().equals(x.asJsonObject().getString("field")))) {
                    failures.add(what + " — expected the field " + bad.field());
                }
                String text = r.body().toString();
                if (text.contains("vn.nguon") || text.contains("RESTEASY") || text.contains("Exception") || text.contains("jakarta.")) {
                    failures.add(what + " — internals shown");
                }
                boolean english = p.getString("title").matches("[\\p{ASCII}]*");
                if (english != language.equals("en") || v.getString("message").isBlank()) {
                    failures.add(what + " — not in " + language);
                }
            }
            if (!Arrays.equals(counts, counts())) {
                failures.add(e + ": something was stored (rows " + Arrays.toString(counts) + " → " + Arrays.toString(counts()) + ")");
            }
            if (before != null && !before.equals(state(user, e, path))) {
                failures.add(e + ": its object changed");
            }
        }
        assertTrue(tries > 100, "the corpus ran: " + tries);
        assertTrue(failures.isEmpty(), failures.size() + " of " + tries + " answers wrong:\n" + String.join("\n", failures));
    }

    // ---- the corpus

    static List<Bad> corpus(Type body) {
        List<Bad> bad = new ArrayList<>();
        bad.add(new Bad("a truncated object", utf8("{\"kind\":"), "kind"));
        bad.add(new Bad("a lone brace", utf8("{"), null));
        bad.add(new Bad("5,000 nested arrays", utf8("[".repeat(5000)), null));
        bad.add(new Bad("5,000 nested objects", utf8("{\"a\":".repeat(5000)), null));
        bad.add(new Bad("NaN", utf8("{\"latitude\":NaN}"), "latitude"));
        bad.add(new Bad("a 3 MB body", utf8("{\"title\":\"" + "a".repeat(3 << 20) + "\"}"), "$"));
        bad.add(new Bad("not UTF-8", new byte[]{'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}, null));
        if (body == null) {
            bad.add(new Bad("a field where no body is taken", utf8("{\"reason\":\"x\"}"), "reason"));
            bad.add(new Bad("a list where no body is taken", utf8("[1,2]"), "$"));
            return bad;
        }
        Class<?> type = raw(body);
        bad.add(new Bad("a list for an object", utf8("[1,2]"), "$"));
        bad.add(new Bad("a number for the body", utf8("4294967336"), "$"));
        bad.add(new Bad("an unknown field", utf8("{\"volumn\":50}"), "volumn"));
        for (RecordComponent c : type.getRecordComponents()) {
            String name = c.getName();
            Class<?> t = c.getType();
            String wrong = t == String.class ? "123" : Number.class.isAssignableFrom(t) || t.isPrimitive() ? "\"loud\""
                    : t == Boolean.class ? "\"yes\"" : List.class.isAssignableFrom(t) ? "\"abc\"" : "[1,2]";
            bad.add(new Bad(name + " of the wrong type", utf8("{\"" + name + "\":" + wrong + "}"), name));
            bad.add(new Bad(name + " twice", utf8("{\"" + name + "\":null,\"" + name + "\":null}"), name));
            if (t == Integer.class || t == int.class) {
                bad.add(new Bad(name + " wrapping around", utf8("{\"" + name + "\":4294967336}"), name));
            }
            if (t == Integer.class || t == Long.class || t == int.class || t == long.class) {
                bad.add(new Bad(name + " far too large", utf8("{\"" + name + "\":1e400}"), name));
            }
            if (t == String.class) {
                bad.add(new Bad(name + " of 1 MB", utf8("{\"" + name + "\":\"" + "ạ".repeat(350_000) + "\"}"), name));
            }
        }
        return bad;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    // ---- the endpoints, from the built WAR

    static List<Endpoint> endpoints(File earDir) throws Exception {
        File classes = Files.createTempDirectory("nguon-web-classes").toFile();
        List<String> resources = new ArrayList<>();
        try (ZipFile war = new ZipFile(new File(earDir, "nguon-web.war"))) {
            for (ZipEntry entry : war.stream().toList()) {
                String name = entry.getName();
                if (!name.startsWith("WEB-INF/classes/") || !name.endsWith(".class")) {
                    continue;
                }
                File out = new File(classes, name.substring("WEB-INF/classes/".length()));
                out.getParentFile().mkdirs();
                try (InputStream in = war.getInputStream(entry)) {
                    Files.copy(in, out.toPath(), StandardCopyOption.REPLACE_EXISTING);
                }
                if (new String(Files.readAllBytes(out.toPath()), StandardCharsets.ISO_8859_1).contains("Ljakarta/ws/rs/Path;")) {
                    resources.add(name.substring("WEB-INF/classes/".length(), name.length() - ".class".length()).replace('/', '.'));
                }
            }
        }
        List<URL> path = new ArrayList<>(List.of(classes.toURI().toURL(), new File(earDir, "nguon-ejb.jar").toURI().toURL()));
        for (File lib : Objects.requireNonNull(new File(earDir, "lib").listFiles((d, n) -> n.endsWith(".jar")))) {
            path.add(lib.toURI().toURL());
        }
        ClassLoader loader = new URLClassLoader(path.toArray(URL[]::new), HostileInputIT.class.getClassLoader());
        List<Endpoint> found = new ArrayList<>();
        for (String name : resources) {
            Class<?> c = Class.forName(name, false, loader);
            if (!c.isAnnotationPresent(Path.class)) {
                continue;
            }
            for (Method m : c.getMethods()) {
                String verb = m.isAnnotationPresent(POST.class) ? "POST" : m.isAnnotationPresent(PUT.class) ? "PUT" : null;
                if (verb == null || !consumesJson(c, m)) {
                    continue;
                }
                String p = (c.getAnnotation(Path.class).value() + "/" + (m.isAnnotationPresent(Path.class) ? m.getAnnotation(Path.class).value() : ""))
                        .replaceAll("/+", "/").replaceAll("^/|/$", "");
                found.add(new Endpoint(verb, p, bodyType(m)));
            }
        }
        found.sort(java.util.Comparator.comparing(Endpoint::toString));
        return found;
    }

    private static boolean consumesJson(Class<?> c, Method m) {
        Consumes consumes = m.isAnnotationPresent(Consumes.class) ? m.getAnnotation(Consumes.class) : c.getAnnotation(Consumes.class);
        return consumes == null || Arrays.stream(consumes.value()).anyMatch(t -> t.contains("json"));
    }

    /** The entity parameter's type: the one parameter without a JAX-RS annotation. */
    private static Type bodyType(Method m) {
        Annotation[][] annotations = m.getParameterAnnotations();
        for (int i = 0; i < annotations.length; i++) {
            boolean jaxrs = Arrays.stream(annotations[i]).anyMatch(a -> a.annotationType().getPackageName().startsWith("jakarta.ws.rs"));
            if (!jaxrs) {
                return m.getGenericParameterTypes()[i];
            }
        }
        return null;
    }

    private static Class<?> raw(Type t) {
        return t instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) t;
    }

    // ---- what "nothing stored" means

    /** The audit trail's length and every table's row count (but the notices delivered asynchronously). */
    static long[] counts() throws Exception {
        List<Long> n = new ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:55432/nguon", "nguon", "nguon")) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = db.createStatement().executeQuery(
                    "select tablename from pg_tables where schemaname = 'public' order by tablename")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            // the inboxes and the outbox are written by the asynchronous delivery of notices of earlier tests' steps
            // (a refused body never reaches a step; the audit trail and the features' tables say so)
            tables.removeAll(List.of("inbox_message", "notification_outbox"));
            for (String t : tables) {
                try (ResultSet rs = db.createStatement().executeQuery("select count(*) from \"" + t + "\"")) {
                    rs.next();
                    n.add(rs.getLong(1));
                }
            }
        }
        return n.stream().mapToLong(Long::longValue).toArray();
    }

    /** The target object as its owner reads it. */
    private static String state(String user, Endpoint e, String path) {
        String family = e.path().split("/")[0];
        String read = family + "/" + IDS.get(family);
        if (family.equals("devices")) {
            return Api.as(user).get("devices/" + IDS.get(family) + "/history").toString();
        }
        if (family.equals("periods")) {
            return Api.as(user).get("periods").toString();
        }
        if (family.equals("public")) {
            return Api.as(user).get("public/feedback/" + IDS.get(family)).toString();
        }
        return Api.as(user).get(read).toString();
    }

    private static String abbreviated(Api.Reply r) {
        String s = r.toString();
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

}
