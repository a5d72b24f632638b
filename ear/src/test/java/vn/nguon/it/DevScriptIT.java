package vn.nguon.it;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dev script's own logic (wildfly-config/dev/nguon-sh-test.sh, which sources nguon.sh and runs
 * its functions against stubs): "stop" from another terminal ends "run", "run" installs only what
 * running needs, versions come from the POM, "reset" and a deleted .nguon wipe the data.
 */
class DevScriptIT {

    @Test
    void theDevScriptsLogicHolds() throws Exception {
        File script = new File(System.getProperty("nguon.script.test", "../wildfly-config/dev/nguon-sh-test.sh"));
        Process p = new ProcessBuilder("bash", script.getAbsolutePath()).redirectErrorStream(true).start();
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "the script test finishes");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("0 failure(s)") && !out.contains("FAIL"), out);
    }
}
