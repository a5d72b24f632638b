package vn.nguon.it;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The alert rules a team loads into Prometheus (wildfly-config/prometheus/alerts.yml) are valid and do
 * what docs/operations.md says: Prometheus's own checker, promtool, evaluates each rule against series
 * written for it (alerts-test.yml: it fires on what it is for, stays quiet otherwise). That the series
 * the rules name exist on a real server is MetricsIT's part. No server needed here.
 */
class AlertRulesIT {

    static final Path RULES = Path.of("../wildfly-config/prometheus");

    @Test
    void theRulesAreValid() throws Exception {
        String out = promtool("check", "rules", "alerts.yml");
        assertTrue(out.contains("SUCCESS: 13 rules found"), out);
    }

    @Test
    void eachRuleFiresOnWhatItIsForAndOnlyThen() throws Exception {
        String out = promtool("test", "rules", "alerts-test.yml");
        assertTrue(out.contains("SUCCESS"), out);
    }

    static String promtool(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("bash", System.getProperty("nguon.script"), "promtool"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(RULES.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out;
    }
}
