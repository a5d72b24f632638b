package vn.nguon.it;

import jakarta.json.JsonObject;
import vn.nguon.sim.Api;
import vn.nguon.sim.SimDevice;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Loudspeaker clusters for the fault tests: registered in one commune by Lai Châu's officer, given credentials, connected. */
final class TestDevices {

    private TestDevices() {
    }

    /**
     * {@code n} loudspeaker clusters named "{@code name} 1…n" in {@code commune} (CSV import), each with its credentials
     * (8 API clients), connected over MQTT to {@code brokers} (one address, or the live's and the backup's).
     */
    static List<SimDevice> connected(String commune, int n, String name, String brokers, ScheduledExecutorService timer) throws Exception {
        StringBuilder csv = new StringBuilder("type,name,village,latitude,longitude,transport\n");
        for (int i = 1; i <= n; i++) {
            csv.append("cum_loa,").append(name).append(' ').append(i).append(",Bản ").append(i % 9 + 1).append(",,,4g\n");
        }
        Api.Reply imported = Api.as("laichau.canbo").postText("devices/import?commune=" + commune, "text/csv", csv.toString());
        assertEquals(200, imported.status(), imported.toString());
        List<String> ids = imported.body().asJsonArray().getValuesAs(JsonObject.class).stream().map(d -> d.getString("id")).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> secrets = new ArrayList<>();
            for (String id : ids) {
                secrets.add(pool.submit(() -> Api.as("laichau.canbo").post("devices/" + id + "/credentials", JsonObject.EMPTY_JSON_OBJECT)
                        .json().getString("secret")));
            }
            List<SimDevice> devices = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                devices.add(SimDevice.of(ids.get(i), secrets.get(i).get(120, TimeUnit.SECONDS), 20, 200, timer, brokers));
            }
            Thread.sleep(1500); // the broker applies the new accounts when the API's transactions commit
            List<Future<?>> connecting = new ArrayList<>();
            for (SimDevice d : devices) {
                connecting.add(pool.submit(() -> {
                    d.connectRetrying();
                    return null;
                }));
            }
            for (Future<?> f : connecting) {
                f.get(120, TimeUnit.SECONDS);
            }
            return devices;
        } finally {
            pool.shutdown();
        }
    }
}
