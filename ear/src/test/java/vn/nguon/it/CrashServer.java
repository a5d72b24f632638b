package vn.nguon.it;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The one WildFly of the {@code crash} execution's test classes, which kill it and start it again themselves:
 * started (and the EAR deployed) before the first of them, stopped and undeployed when the test run ends — one
 * start for all instead of one each. Its dispatch lead is 20 s instead of 15 minutes, so that a slot a minute away
 * is dispatched while a test watches ({@link BackupRestoreIT}); an emergency goes out at once either way.
 */
final class CrashServer implements BeforeAllCallback {

    private static final StandaloneServer SERVER = new StandaloneServer("crash-server.log", "-Dnguon.dispatch.lead-seconds=20");

    /** The server, started by this extension before the class that uses it. */
    static StandaloneServer server() {
        return SERVER;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(CrashServer.class, k -> {
            try {
                SERVER.deployAndStart();
            } catch (Exception e) {
                throw new IllegalStateException("the crash tests' WildFly did not start", e);
            }
            return (ExtensionContext.Store.CloseableResource) SERVER::stopAndUndeploy;
        });
    }
}
