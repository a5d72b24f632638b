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
