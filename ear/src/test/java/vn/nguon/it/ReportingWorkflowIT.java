package vn.nguon.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.nguon.sim.Api.Reply;
import vn.nguon.reporting.domain.ReportTemplate;
import vn.nguon.reporting.infrastructure.TemplateParser;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import vn.nguon.sim.Api;

/**
 * The reporting chain commune → province → ministry through the real EAR, with real tokens of
 * users of different units, on the real PostgreSQL. Every test opens its own period.
 */
@ExtendWith(ArquillianExtension.class)
class ReportingWorkflowIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    static final ReportTemplate TEMPLATE = TemplateParser.parse("ttcs-2021-2025.json", new InputStreamReader(
            ReportingWorkflowIT.class.getClassLoader().getResourceAsStream("vn/nguon/reporting/templates/ttcs-2021-2025.json"),
            StandardCharsets.UTF_8));

    /** Every field filled with a valid value: narratives with text, counts with {@code n}, yes/no with "có". */
    static Map<String, String> complete(int n) {
        Map<String, String> values = new LinkedHashMap<>();
        TEMPLATE.fields().values().forEach(f -> values.put(f.key(), f.isSection() ? "Nội dung phần " + f.section().code()
                : switch (f.indicator().type()) {
                    case YES_NO -> "có";
                    case PERCENT -> "50";
                    default -> String.valueOf(n);
                }));
        return values;
    }

    /**
     * An upper unit's report as an official completes it: the roll-up it was pre-filled with, and what
     * the roll-up leaves to fill (narratives, indicators not rolled up) from {@code complete(n)}.
     */
    static Map<String, String> completedFromRollup(JsonObject report, int n) {
        Map<String, String> values = complete(n);
        report.getJsonObject("values").forEach((k, v) -> values.put(k, ((jakarta.json.JsonString) v).getString()));
        return values;
    }

    static long openPeriod() {
        return Periods.open(TEMPLATE.id());
    }

    static JsonObject own(String user, long period) {
        Reply r = Api.as(user).get("periods/" + period + "/own");
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    static Reply save(String user, JsonObject report, Map<String, String> values) {
        JsonObjectBuilder v = Json.createObjectBuilder();
        values.forEach(v::add);
        return Api.as(user).put("reports/" + report.getJsonNumber("id").longValue(), Json.createObjectBuilder()
                .add("version", report.getJsonNumber("version").longValue()).add("values", v).build());
    }

    static Reply step(String user, long reportId, String action, String reason) {
        return Api.as(user).post("reports/" + reportId + "/" + action,
                reason == null ? JsonValue.EMPTY_JSON_OBJECT : Json.createObjectBuilder().add("reason", reason).build());
    }

    static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    @Test
    void communeToProvinceWithReturnResubmissionDiffAndRollup() {
        long period = openPeriod();
        JsonObject draft = own("binhlu.canbo", period);
        long report = id(draft);
        Map<String, String> values = complete(10);
        values.put("PL01.cum_loa.sau", "35");
        values.put("PL01.cum_loa_ip.sau", "6");
        Reply saved = save("binhlu.canbo", draft, values);
        assertEquals(200, saved.status(), saved.toString());

        Reply signed = step("binhlu.lanhdao", report, "sign", null);
        assertEquals(200, signed.status(), signed.toString());
        assertTrue(signed.json().getString("documentNumber").matches("\\d+/BC-UBND"), signed.toString());
        assertEquals("SUBMITTED", step("binhlu.lanhdao", report, "submit", null).json().getString("status"));

        // the province returns it with a reason; a reason is mandatory
        assertEquals(400, step("laichau.canbo", report, "return", " ").status());
        Reply returned = step("laichau.canbo", report, "return", "Đề nghị bổ sung số cụm loa ứng dụng CNTT-VT");
        assertEquals("RETURNED", returned.json().getString("status"));
        JsonObject seen = Api.as("binhlu.canbo").get("reports/" + report).json();
        assertEquals("Đề nghị bổ sung số cụm loa ứng dụng CNTT-VT", seen.getString("returnReason"));

        // the officer fixes it: a new revision, signed and submitted again
        values.put("PL01.cum_loa_ip.sau", "8");
        Reply revised = save("binhlu.canbo", seen, values);
        assertEquals(2, revised.json().getInt("revision"), revised.toString());
        step("binhlu.lanhdao", report, "sign", null);
        step("binhlu.lanhdao", report, "submit", null);

        Reply diff = Api.as("laichau.canbo").get("reports/" + report + "/diff");
        assertEquals(1, diff.body().asJsonArray().size(), diff.toString());
        JsonObject change = diff.body().asJsonArray().getJsonObject(0);
        assertEquals("PL01.cum_loa_ip.sau", change.getString("key"));
        assertEquals("6", change.getString("before"));
        assertEquals("8", change.getString("after"));

        assertEquals("ACCEPTED", step("laichau.canbo", report, "accept", null).json().getString("status"));

        // the province's own report starts from its communes' accepted values
        JsonObject province = own("laichau.canbo", period);
        assertEquals("35", province.getJsonObject("values").getString("PL01.cum_loa.sau"));
        Reply rollup = Api.as("laichau.canbo").get("periods/" + period + "/rollup?unit=12");
        JsonObject cell = rollup.json().getJsonObject("cells").getJsonObject("PL01.cum_loa_ip.sau");
        assertEquals("8", cell.getString("value"));
        assertEquals("8", cell.getJsonObject("byUnit").getString("03390"));
        assertEquals(37, rollup.json().getJsonArray("missing").size(), "38 communes, 1 accepted");

        // un-accept while the province's report is not submitted: the roll-up drops the commune
        assertEquals(400, step("laichau.canbo", report, "unaccept", "").status());
        assertEquals("SUBMITTED", step("laichau.canbo", report, "unaccept", "Cần đối chiếu lại").json().getString("status"));
        JsonObject after = Api.as("laichau.canbo").get("periods/" + period + "/rollup?unit=12").json();
        JsonObject dropped = after.getJsonObject("cells").getJsonObject("PL01.cum_loa_ip.sau");
        assertTrue(!dropped.containsKey("value") || dropped.isNull("value"), after.toString());

        List<String> actions = Api.as("binhlu.canbo").get("reports/" + report + "/timeline").body().asJsonArray()
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("action")).toList();
        assertEquals(List.of("create", "save", "sign", "submit", "return", "revise", "save", "sign", "submit", "accept",
                "unaccept"), actions);
    }

    @Test
    void provinceToMinistryRunsTheSameMachine() {
        long period = openPeriod();
        // Bình Lư is accepted by Lai Châu
        JsonObject commune = own("binhlu.canbo", period);
        Map<String, String> values = complete(10);
        values.put("PL01.cum_loa.sau", "35");
        assertEquals(200, save("binhlu.canbo", commune, values).status());
        step("binhlu.lanhdao", id(commune), "sign", null);
        step("binhlu.lanhdao", id(commune), "submit", null);
        assertEquals("ACCEPTED", step("laichau.canbo", id(commune), "accept", null).json().getString("status"));

        // Lai Châu completes its pre-filled report; its leader signs and sends it to the ministry
        JsonObject province = own("laichau.canbo", period);
        assertEquals("35", province.getJsonObject("values").getString("PL01.cum_loa.sau"));
        // a count of the communes that answered "có", not "có" itself
        assertEquals("1", province.getJsonObject("values").getString("PL01.co_dai.sau"));
        Map<String, String> provinceValues = completedFromRollup(province, 10);
        Reply saved = save("laichau.canbo", province, provinceValues);
        assertEquals(200, saved.status(), saved.toString());
        assertEquals(403, step("laichau.canbo", id(province), "sign", null).status(), "an officer does not sign");
        Reply signed = step("laichau.lanhdao", id(province), "sign", null);
        assertTrue(signed.json().getString("documentNumber").matches("\\d+/BC-UBND"), signed.toString());
        assertEquals("SUBMITTED", step("laichau.lanhdao", id(province), "submit", null).json().getString("status"));

        // once the province has submitted, it can no longer take back a commune's acceptance
        assertEquals(409, step("laichau.canbo", id(commune), "unaccept", "Cần đối chiếu").status());

        // only the ministry reviews a province: not another province, not the province itself
        assertEquals(403, step("quangngai.canbo", id(province), "accept", null).status());
        assertEquals(403, step("laichau.lanhdao", id(province), "accept", null).status());
        assertEquals(403, step("binhlu.canbo", id(province), "accept", null).status());
        Reply board = Api.as("bo.canbo").get("periods/" + period + "/board?unit=BVHTTDL");
        assertEquals(34, board.body().asJsonArray().size(), "the ministry's board lists the 34 provinces");
        assertTrue(board.body().asJsonArray().getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.getString("unitCode").equals("12") && e.getString("state").equals("SUBMITTED")), board.toString());
        Reply drill = Api.as("bo.canbo").get("periods/" + period + "/board?unit=12");
        assertEquals(38, drill.body().asJsonArray().size(), "the ministry drills into Lai Châu's 38 communes");
        assertEquals(403, Api.as("quangngai.canbo").get("periods/" + period + "/board?unit=12").status());

        // the ministry returns it once, then accepts the resubmission; its own report rolls up the provinces
        assertEquals("RETURNED", step("bo.canbo", id(province), "return", "Bổ sung số liệu trạm FM").json().getString("status"));
        JsonObject again = Api.as("laichau.canbo").get("reports/" + id(province)).json();
        provinceValues.put("PL01.cum_loa.sau", "36");
        assertEquals(2, save("laichau.canbo", again, provinceValues).json().getInt("revision"));
        step("laichau.lanhdao", id(province), "sign", null);
        step("laichau.lanhdao", id(province), "submit", null);
        assertEquals("ACCEPTED", step("bo.lanhdao", id(province), "accept", null).json().getString("status"));
        JsonObject ministry = own("bo.canbo", period);
        assertEquals("36", ministry.getJsonObject("values").getString("PL01.cum_loa.sau"));
        JsonObject rollup = Api.as("bo.canbo").get("periods/" + period + "/rollup?unit=BVHTTDL").json();
        assertEquals("36", rollup.getJsonObject("cells").getJsonObject("PL01.cum_loa.sau").getJsonObject("byUnit").getString("12"));
        assertEquals(33, rollup.getJsonArray("missing").size(), "34 provinces, 1 accepted");

        // the ministry's own report gets a ministry number
        assertEquals("1", ministry.getJsonObject("values").getString("PL01.co_dai.sau"), "the provinces' counts, summed");
        Reply ministrySaved = save("bo.canbo", ministry, completedFromRollup(ministry, 10));
        assertEquals(200, ministrySaved.status(), ministrySaved.toString());
        assertTrue(step("bo.lanhdao", id(ministry), "sign", null).json().getString("documentNumber")
                .matches("\\d+/BC-BVHTTDL"));
    }

    @Test
    void everyoneOutsideTheirUnitAndRoleIsRefused() {
        long period = openPeriod();
        JsonObject draft = own("binhlu.canbo", period);
        long report = id(draft);
        assertEquals(200, save("binhlu.canbo", draft, complete(3)).status());

        assertEquals(403, Api.as("sontayha.canbo").get("reports/" + report).status(), "another commune cannot read");
        assertEquals(403, save("sontayha.canbo", Api.as("binhlu.canbo").get("reports/" + report).json(), Map.of()).status());
        assertEquals(403, step("binhlu.canbo", report, "sign", null).status(), "an officer cannot sign");
        assertEquals(403, step("sontayha.lanhdao", report, "sign", null).status(), "leader of B cannot sign for A");
        step("binhlu.lanhdao", report, "sign", null);
        step("binhlu.lanhdao", report, "submit", null);
        assertEquals(403, step("quangngai.canbo", report, "accept", null).status(), "province Q cannot accept a commune of P");
        assertEquals(403, step("bo.canbo", report, "accept", null).status(), "the ministry reviews provinces, not communes");
        assertEquals(403, Api.as("quangngai.canbo").get("periods/" + period + "/board?unit=12").status());
        assertEquals(403, Api.as("binhlu.canbo").post("periods", Periods.request(TEMPLATE.id())).status(),
                "only the ministry opens periods");
        assertEquals(400, Api.as("bo.canbo").post("periods", Json.createObjectBuilder().add("name", "x").build()).status(),
                "an incomplete period is a clear 400, not a server error");
        assertEquals(200, Api.as("bo.canbo").get("reports/" + report).status(), "the ministry reads everything below");

        // refusals are problems in the client's language, never the server's technical reason
        Reply refused = Api.as("sontayha.canbo").get("reports/" + report);
        assertEquals("Bạn không có quyền thực hiện thao tác này với dữ liệu của đơn vị này.", refused.json().getString("detail"));
        assertEquals(403, refused.json().getInt("status"));
        Reply inEnglish = Api.as("sontayha.canbo").inLanguage("en").get("reports/" + report);
        assertEquals("You may not do this with this unit's data.", inEnglish.json().getString("detail"));
        assertFalse(refused.toString().contains("may not read") || refused.toString().contains("03390"), refused.toString());
    }

    @Test
    void aStaleSaveIsRefusedAndAnInvalidOneSavesNothing() {
        long period = openPeriod();
        JsonObject draft = own("sontayha.canbo", period);
        assertEquals(200, save("sontayha.canbo", draft, Map.of("PL01.cum_loa.sau", "5")).status());
        Reply stale = save("sontayha.canbo", draft, Map.of("PL01.cum_loa.sau", "7"));
        assertEquals(409, stale.status());
        assertEquals("stale", stale.json().getString("error"));

        JsonObject current = Api.as("sontayha.canbo").get("reports/" + id(draft)).json();
        Reply invalid = save("sontayha.canbo", current, Map.of("PL01.cum_loa.sau", "5", "PL01.cum_loa_ip.sau", "9"));
        assertEquals(422, invalid.status());
        assertEquals("PL01.cum_loa_ip.sau", invalid.json().getJsonArray("violations").getJsonObject(0).getString("field"));
        // the problem is RFC 9457 JSON in the client's language: the template's own rule text by field
        assertEquals("Dữ liệu không hợp lệ", invalid.json().getString("title"));
        assertTrue(invalid.json().getJsonArray("violations").getJsonObject(0).getString("message").contains("không được lớn hơn"),
                invalid.toString());
        Reply tooLarge = Api.as("sontayha.canbo").inLanguage("en").put("reports/" + id(draft), Json.createObjectBuilder()
                .add("version", current.getJsonNumber("version").longValue())
                .add("values", Json.createObjectBuilder().add("PL03.ty_le_dao_tao.gt", "120")).build());
        assertEquals(422, tooLarge.status());
        assertEquals("Invalid data", tooLarge.json().getString("title"));
        assertEquals("must not be above 100", tooLarge.json().getJsonArray("violations").getJsonObject(0).getString("message"));
        assertEquals("5", Api.as("sontayha.canbo").get("reports/" + id(draft)).json().getJsonObject("values")
                .getString("PL01.cum_loa.sau"));
    }

    @Test
    void concurrentSignaturesInOneUnitNeverShareOrSkipANumber() throws Exception {
        int n = 6;
        List<Long> reports = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long period = openPeriod();
            JsonObject draft = own("sontayha.canbo", period);
            assertEquals(200, save("sontayha.canbo", draft, complete(1)).status());
            reports.add(id(draft));
        }
        ExecutorService pool = Executors.newFixedThreadPool(n);
        List<Future<Reply>> results = new ArrayList<>();
        for (long r : reports) {
            results.add(pool.submit((Callable<Reply>) () -> step("sontayha.lanhdao", r, "sign", null)));
        }
        Set<Integer> numbers = new HashSet<>();
        for (Future<Reply> f : results) {
            Reply r = f.get();
            assertEquals(200, r.status(), r.toString());
            numbers.add(Integer.parseInt(r.json().getString("documentNumber").split("/")[0]));
        }
        pool.shutdown();
        assertEquals(n, numbers.size(), "no number shared: " + numbers);
        int min = numbers.stream().min(Integer::compare).orElseThrow();
        int max = numbers.stream().max(Integer::compare).orElseThrow();
        assertEquals(n - 1, max - min, "no number skipped: " + numbers);
    }
}
