package vn.nguon.shared;

import org.jboss.logging.MDC;

/**
 * A key of the logging context (the MDC) for the lines written while it is open: each JSON log line
 * carries it ({@code request.id}, {@code delivery.id}; docs/operations.md). Closing puts back what was
 * there. Never a secret, a token or a citizen's personal data.
 */
public final class LogContext implements AutoCloseable {

    private final String key;
    private final Object before;

    private LogContext(String key, Object before) {
        this.key = key;
        this.before = before;
    }

    /** Opens {@code key = value}; a null value leaves the context as it is. */
    public static LogContext of(String key, String value) {
        if (value == null) {
            return new LogContext(null, null);
        }
        return new LogContext(key, MDC.put(key, value));
    }

    @Override
    public void close() {
        if (key == null) {
            return;
        }
        if (before == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, before);
        }
    }
}
