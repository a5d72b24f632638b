package vn.nguon.shared;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one place upload limits are configured ({@code NGUON_UPLOAD_MAX_MB}, default 30; audio also
 * {@code NGUON_UPLOAD_MAX_MINUTES}, default 30): the pages, the API and the checks all read them here,
 * and every refusal names the limit. The HTTP server's own request limit (Undertow's
 * {@code max-post-size}, set in wildfly-config/cli/50-server.cli) is the outer envelope: it must leave
 * room for the largest upload plus its form, which is checked when the application starts.
 */
@ApplicationScoped
public class UploadLimits {

    /** Undertow's request limit in bytes (50-server.cli): an upload may not come near it. */
    public static final long HTTP_ENVELOPE_BYTES = 64L * 1024 * 1024;
    /** Room kept for the rest of a form (fields, view state, multipart boundaries). */
    static final long FORM_ROOM_BYTES = 2L * 1024 * 1024;

    @Inject
    @ConfigProperty(name = "nguon.upload.max-mb", defaultValue = "30")
    int maxMb;

    @Inject
    @ConfigProperty(name = "nguon.upload.max-minutes", defaultValue = "30")
    int maxMinutes;

    public UploadLimits() {
    }

    /** For tests and tools outside the container. */
    public UploadLimits(int maxMb, int maxMinutes) {
        this.maxMb = maxMb;
        this.maxMinutes = maxMinutes;
        check();
    }

    @PostConstruct
    void check() {
        if (maxMb < 1 || maxBytes() + FORM_ROOM_BYTES > HTTP_ENVELOPE_BYTES) {
            throw new IllegalStateException("nguon.upload.max-mb=" + maxMb + " must be between 1 and "
                    + (HTTP_ENVELOPE_BYTES - FORM_ROOM_BYTES) / (1024 * 1024)
                    + " (raise Undertow's max-post-size in wildfly-config/cli/50-server.cli and HTTP_ENVELOPE_BYTES together)");
        }
        if (maxMinutes < 1) {
            throw new IllegalStateException("nguon.upload.max-minutes=" + maxMinutes + " must be at least 1");
        }
    }

    public int maxMb() {
        return maxMb;
    }

    public long maxBytes() {
        return maxMb * 1024L * 1024;
    }

    public int maxMinutes() {
        return maxMinutes;
    }
}
