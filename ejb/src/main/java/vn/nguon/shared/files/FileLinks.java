package vn.nguon.shared.files;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;

/**
 * Signed links to a stored file for devices (an e-board fetching the picture it is told to show):
 * {@code <base>/files/<id>?exp=<epoch s>&sig=<HMAC>}, valid until {@code exp} and for that file only. The key
 * and the base address are the media links' ({@code NGUON_MEDIA_KEY}, {@code NGUON_MEDIA_BASE_URL}); the
 * signed text names the store, so a media link's signature never opens a file of the same number.
 */
@ApplicationScoped
public class FileLinks {

    @Inject
    @ConfigProperty(name = "nguon.media.base-url", defaultValue = "http://127.0.0.1:8080/nguon")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "nguon.media.key", defaultValue = "nguon-dev-media-key-change-me")
    String key;

    public String url(long fileId, Instant expiresAt) {
        return baseUrl + path(fileId, expiresAt);
    }

    /** The link below the application's address ({@code /files/…}), for its own pages. */
    public String path(long fileId, Instant expiresAt) {
        long exp = expiresAt.getEpochSecond();
        return "/files/" + fileId + "?exp=" + exp + "&sig=" + sign(fileId, exp);
    }

    /** Whether the link is genuine and still valid. */
    public boolean valid(long id, long exp, String sig, Instant now) {
        return vn.nguon.shared.files.LinkSignature.valid(key, "file", id, exp, sig, now);
    }

    String sign(long id, long exp) {
        return vn.nguon.shared.files.LinkSignature.sign(key, "file", id, exp);
    }
}
