package vn.nguon.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;

/**
 * The provisioned WildFly started as a plain process, not by Arquillian, with the EAR through its
 * deployment scanner: for the tests (their own Failsafe execution, after the Arquillian tests) that kill
 * it, or stop it and put its data back under it.
 */
final class StandaloneServer {

    static final Path HOME = Path.of(System.getProperty("jboss.home"));
    private static final Path DEPLOYMENTS = HOME.resolve("standalone/deployments");

    private final Path log;
    private final String javaOpts;
    private Process process;

    /** @param logName its console, next to the EAR; @param extraJavaOpts system properties for this test's server */
    StandaloneServer(String logName, String extraJavaOpts) {
        this.log = Path.of(System.getProperty("nguon.ear")).resolveSibling(logName);
        this.javaOpts = "-Xms256m -Xmx1g -Djava.net.preferIPv4Stack=true " + extraJavaOpts;
    }

    /** Copies the EAR into the deployment scanner's directory and starts the server. */
    void deployAndStart() throws Exception {
        Files.copy(Path.of(System.getProperty("nguon.ear")), DEPLOYMENTS.resolve("nguon.ear"), StandardCopyOption.REPLACE_EXISTING);
        start();
    }

    /** Starts the server and waits (3 minutes at most) until the EAR is deployed and the node ready. */
    void start() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(HOME.resolve("bin/standalone.sh").toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().put("JAVA_OPTS", javaOpts);
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Files.deleteIfExists(DEPLOYMENTS.resolve("nguon.ear.deployed"));
        Files.deleteIfExists(DEPLOYMENTS.resolve("nguon.ear.failed"));
        process = pb.start();
        long until = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < until) {
            if (Files.exists(DEPLOYMENTS.resolve("nguon.ear.failed"))) {
                throw new IllegalStateException("the EAR failed to deploy; see " + log);
            }
            if (Files.exists(DEPLOYMENTS.resolve("nguon.ear.deployed")) && Stack.ready(9990)) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("WildFly did not come up in 180 s; see " + log);
    }

    /** SIGKILL, as a crash. */
    void kill() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** A clean shutdown (SIGTERM), then whatever is left killed. */
    void stop() throws Exception {
        if (process == null) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        process.waitFor(60, TimeUnit.SECONDS);
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        process = null;
    }

    /** Stops the server and takes the EAR out of the deployment scanner's directory. */
    void stopAndUndeploy() throws Exception {
        stop();
        try (var files = Files.list(DEPLOYMENTS)) {
            for (Path p : files.filter(p -> p.getFileName().toString().startsWith("nguon.ear")).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
