package vn.nguon.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.nguon.sim.DeviceSimulator;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import vn.nguon.sim.Api;

/** The device simulator of the README: its devices register, connect over MQTT and show online, then offline when it stops. */
@ExtendWith(ArquillianExtension.class)
class DeviceSimulatorIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    static List<JsonObject> simulated() {
        return Api.as("laichau.canbo").get("devices").body().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("name").startsWith("Cụm loa mô phỏng")).toList();
    }

    @Test
    void simulatedDevicesComeOnlineAndGoOffline() throws Exception {
        Thread sim = new Thread(() -> {
            try {
                DeviceSimulator.main(new String[]{"--devices", "4", "--communes", "03390,03394", "--heartbeat-s", "1",
                        "--seconds", "8", "--fm-rate", "0.3"});
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        sim.start();
        boolean allOnline = false;
        for (int i = 0; i < 60 && !allOnline; i++) {
            Thread.sleep(200);
            List<JsonObject> devices = simulated();
            allOnline = devices.size() == 4 && devices.stream().allMatch(d -> d.getBoolean("online"));
        }
        assertTrue(allOnline, "4 simulated devices online: " + simulated());
        assertEquals(2, simulated().stream().filter(d -> d.getString("unitCode").equals("03394")).count());
        sim.join(30_000);
        boolean allOffline = false;
        for (int i = 0; i < 50 && !allOffline; i++) {
            Thread.sleep(200);
            allOffline = simulated().stream().noneMatch(d -> d.getBoolean("online"));
        }
        assertTrue(allOffline, "offline after the simulator stops: " + simulated());
    }
}
