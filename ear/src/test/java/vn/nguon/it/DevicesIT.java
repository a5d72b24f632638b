package vn.nguon.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import vn.nguon.sim.Api;

/**
 * The device registry through the real EAR with real tokens: a commune operates only its own
 * devices, a province everything below it; an import with errors names every bad line and saves
 * nothing; credentials are issued once, rotated, revoked; every change is audited.
 */
@ExtendWith(ArquillianExtension.class)
class DevicesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 6);
    }

    static JsonObject device(String commune, String name) {
        var b = Json.createObjectBuilder().add("type", "cum_loa").add("name", name).add("village", "Bản Nậm Cuổi")
                .add("latitude", 22.3815).add("longitude", 103.4567).add("transport", "4g");
        if (commune != null) {
            b.add("commune", commune);
        }
        return b.build();
    }

    @Test
    void aCommuneOperatorManagesOnlyTheirCommune() {
        Api.Reply own = Api.as("binhlu.vanhanh").post("devices", device(null, unique("Cụm loa trung tâm")));
        assertEquals(201, own.status(), own.toString());
        assertTrue(own.json().getString("id").startsWith("D-03390-"), own.toString());
        assertEquals("Xã Bình Lư", own.json().getString("unitName"));

        assertEquals(403, Api.as("binhlu.vanhanh").post("devices", device("21343", unique("Cụm loa lạ"))).status(),
                "an operator of Bình Lư cannot register in Sơn Tây Hạ");
        assertEquals(403, Api.as("binhlu.canbo").post("devices", device(null, unique("Cụm loa"))).status(),
                "a commune officer is not a device operator");
        assertEquals(403, Api.as("sontayha.canbo").get("devices?unit=03390").status(), "another commune cannot even list");
        assertEquals(403, Api.as("quangngai.canbo").get("devices?unit=03390").status(), "another province neither");
        String id = own.json().getString("id");
        assertEquals(403, Api.as("quangngai.canbo").post("devices/" + id + "/credentials", JsonObject.EMPTY_JSON_OBJECT).status());

        // the province sees and manages everything below it
        List<String> seen = Api.as("laichau.canbo").get("devices").body().asJsonArray().getValuesAs(JsonObject.class)
                .stream().map(o -> o.getString("id")).toList();
        assertTrue(seen.contains(id), seen.toString());
        assertEquals(201, Api.as("laichau.canbo").post("devices", device("03390", unique("Cụm loa bản Pa Lau"))).status());
        assertFalse(Api.as("sontayha.lanhdao").get("devices").body().asJsonArray().getValuesAs(JsonObject.class)
                .stream().anyMatch(o -> o.getString("id").equals(id)), "Sơn Tây Hạ's list has nothing of Bình Lư");
    }

    @Test
    void anImportWithErrorsNamesEveryLineAndSavesNothing() {
        String a = unique("Cụm loa A");
        String b = unique("Cụm loa B");
        String bad = "type,name,village,latitude,longitude,transport\n"
                + "cum_loa," + a + ",Bản A,22.1,103.2,4g\n"
                + "loa_keo,Cụm X,Bản B,22.1,103.2,4g\n"
                + "bang_tin," + b + ",Bản C,51.5,103.2,co_dinh\n";
        Api.Reply refused = Api.as("binhlu.vanhanh").postText("devices/import", "text/csv", bad);
        assertEquals(422, refused.status(), refused.toString());
        List<String> problems = refused.json().getJsonArray("problems").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getInt("line") + ":" + p.getString("field") + ":" + p.getString("code")).toList();
        assertEquals(List.of("3:type:unknownType", "4:latitude:outOfVietnam"), problems);
        assertFalse(names("binhlu.vanhanh").contains(a), "all or nothing: line 2 was valid but not saved");

        String good = bad.replace("loa_keo,Cụm X", "dai_fm," + unique("Đài FM xã")).replace("51.5", "22.4");
        Api.Reply ok = Api.as("binhlu.vanhanh").postText("devices/import", "text/csv", good);
        assertEquals(200, ok.status(), ok.toString());
        assertEquals(3, ok.body().asJsonArray().size());
        assertTrue(names("binhlu.vanhanh").containsAll(List.of(a, b)));

        Api.Reply again = Api.as("binhlu.vanhanh").postText("devices/import", "text/csv", good);
        assertEquals(422, again.status(), "the same names again are duplicates");

        // a province imports for several communes, but only its own
        String multi = "type,name,village,latitude,longitude,transport,commune\n"
                + "cum_loa," + unique("Cụm loa") + ",Bản A,22.1,103.2,4g,03390\n"
                + "cum_loa," + unique("Cụm loa") + ",Thôn B,15.1,108.2,4g,21343\n"
                + "cum_loa," + unique("Cụm loa") + ",Thôn C,15.1,108.2,4g,99999\n";
        List<String> p2 = Api.as("laichau.canbo").postText("devices/import", "text/csv", multi).json().getJsonArray("problems")
                .getValuesAs(JsonObject.class).stream().map(p -> p.getInt("line") + ":" + p.getString("code")).toList();
        assertEquals(List.of("3:notYours", "4:unknownCommune"), p2);
    }

    static String csv(String prefix, int rows) {
        StringBuilder csv = new StringBuilder("type,name,village,latitude,longitude,transport\n");
        for (int i = 0; i < rows; i++) {
            csv.append("cum_loa,").append(prefix).append(' ').append(i).append(",Bản A,22.1,103.2,4g\n");
        }
        return csv.toString();
    }

    static long serial(String deviceId) {
        return Long.parseLong(deviceId.substring(deviceId.lastIndexOf('-') + 1));
    }

    @Test
    void importsHaveARowLimitUseNoSerialNumbersWhenRefusedAndRunOneAtATimePerUnit() throws Exception {
        // a refused import (199 good rows, one bad at the end) gives back the serial numbers it would have used
        String before = Api.as("binhlu.vanhanh").post("devices", device(null, unique("Cụm loa trước"))).json().getString("id");
        String refusedCsv = csv(unique("Cụm loa nhập"), 199) + "loa_keo,Cụm sai,Bản A,22.1,103.2,4g\n";
        Api.Reply refused = Api.as("binhlu.vanhanh").postText("devices/import", "text/csv", refusedCsv);
        assertEquals(422, refused.status(), refused.toString());
        String after = Api.as("binhlu.vanhanh").post("devices", device(null, unique("Cụm loa sau"))).json().getString("id");
        assertEquals(serial(before) + 1, serial(after), before + " then " + after + ": nothing consumed in between");

        // more rows than the documented limit: refused unread, by name of the limit, in the caller's language
        int count = names("binhlu.vanhanh").size();
        Api.Reply tooMany = Api.as("binhlu.vanhanh").inLanguage("en").postText("devices/import", "text/csv",
                csv(unique("Cụm loa"), vn.nguon.devices.domain.DeviceCsv.MAX_ROWS + 1));
        assertEquals(422, tooMany.status(), tooMany.toString());
        JsonObject problem = tooMany.json().getJsonArray("problems").getJsonObject(0);
        assertEquals("tooManyRows", problem.getString("code"));
        assertTrue(problem.getString("message").contains("20000"), problem.toString());
        assertEquals(count, names("binhlu.vanhanh").size(), "nothing stored");

        // a second import of the same unit while one runs is refused at once: two started together, one of
        // them is refused (tried again if they happened not to overlap)
        boolean seen = false;
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        Api.as("laichau.canbo").get("devices?unit=03430"); // its token, fetched once before the threads share it
        for (int attempt = 0; attempt < 3 && !seen; attempt++) {
            List<java.util.concurrent.CompletableFuture<Api.Reply>> both = java.util.stream.IntStream.range(0, 2)
                    .mapToObj(i -> java.util.concurrent.CompletableFuture.supplyAsync(() -> Api.as("laichau.canbo")
                            .postText("devices/import?commune=03430", "text/csv", csv(unique("Cụm loa lớn"), 3000)), two))
                    .toList();
            List<Api.Reply> replies = both.stream().map(java.util.concurrent.CompletableFuture::join).toList();
            long refusedNow = replies.stream().filter(r -> r.status() == 422 && r.toString().contains("importRunning")).count();
            long imported = replies.stream().filter(r -> r.status() == 200).count();
            assertEquals(2, refusedNow + imported, replies.toString().substring(0, Math.min(600, replies.toString().length())));
            assertTrue(imported >= 1, "one of them always goes through");
            seen = refusedNow == 1;
        }
        two.shutdown();
        assertTrue(seen, "the second import was refused while the first ran");
    }

    @Test
    void credentialsAreShownOnceRotatedAndRevoked() {
        String id = Api.as("binhlu.vanhanh").post("devices", device(null, unique("Bảng tin chợ"))).json().getString("id");
        JsonObject first = Api.as("binhlu.vanhanh").post("devices/" + id + "/credentials", JsonObject.EMPTY_JSON_OBJECT).json();
        assertEquals(id, first.getString("username"));
        assertTrue(first.getString("secret").length() >= 24);
        JsonObject listed = Api.as("binhlu.vanhanh").get("devices").body().asJsonArray().getValuesAs(JsonObject.class)
                .stream().filter(o -> o.getString("id").equals(id)).findFirst().orElseThrow();
        assertEquals("ACTIVE", listed.getString("credentialState"));
        assertFalse(listed.toString().contains(first.getString("secret")), "the list never shows a secret");

        JsonObject second = Api.as("laichau.canbo").post("devices/" + id + "/credentials", JsonObject.EMPTY_JSON_OBJECT).json();
        assertNotEquals(first.getString("secret"), second.getString("secret"));
        assertEquals("REVOKED", Api.as("binhlu.vanhanh").delete("devices/" + id + "/credentials").json().getString("credentialState"));
        assertEquals(422, Api.as("binhlu.vanhanh").delete("devices/" + id + "/credentials").status(), "nothing left to revoke");
    }

    static List<String> names(String user) {
        return Api.as(user).get("devices").body().asJsonArray().getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("name")).toList();
    }
}
