package vn.nguon.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import vn.nguon.sim.Api;

/** Reporting periods for tests: each test opens its own, so that no two share reports. */
public final class Periods {

    private Periods() {
    }

    /** A complete, valid request to open a period with a unique name. */
    public static JsonObject request(String templateId) {
        return Json.createObjectBuilder()
                .add("name", "Kỳ thử " + java.util.UUID.randomUUID().toString().substring(0, 6))
                .add("templateId", templateId)
                .add("cutoff", "2025-09-30").add("dueCommune", "2025-10-10")
                .add("dueProvince", "2025-10-20").add("dueMinistry", "2025-10-31").build();
    }

    /** Opens a fresh period as the ministry officer. */
    public static long open(String templateId) {
        Api.Reply r = Api.as("bo.canbo").post("periods", request(templateId));
        if (r.status() != 201) {
            throw new IllegalStateException("cannot open a period: " + r);
        }
        return r.json().getJsonNumber("id").longValue();
    }
}
