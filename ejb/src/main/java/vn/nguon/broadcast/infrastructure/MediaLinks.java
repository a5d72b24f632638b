package vn.nguon.broadcast.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;

/**
 * Signed links to a bulletin's audio for the devices: {@code <base>/media/<id>?exp=<epoch s>&sig=<HMAC>}.
 * A link works until it expires (the delivery's expiry) and only for that file; the key comes from
 * MicroProfile Config ({@code NGUON_MEDIA_KEY}), the same on every node.
 */
@ApplicationScoped
public class MediaLinks {

    @Inject
    @ConfigProperty(name = "nguon.media.base-url", defaultValue = "http://127.0.0.1:8080/nguon")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "nguon.media.key", defaultValue = "nguon-dev-media-key-change-me")
    String key;

    public String url(long mediaId, Instant expiresAt) {
        return baseUrl + path(mediaId, expiresAt);
    }

    /** The link below the application's address ({@code /media/…}), for its own pages' players. */
    public String path(long mediaId, Instant expiresAt) {
        long exp = expiresAt.getEpochSecond();
        return "/media/" + mediaId + "?exp=" + exp + "&sig=" + sign(mediaId, exp);
    }

    /** Whether the link is genuine and still valid. */
    public boolean valid(long id, long exp, String sig, Instant now) {
        return vn.nguon.shared.files.LinkSignature.valid(key, "", id, exp, sig, now);
    }

    String sign(long id, long exp) {
        return vn.nguon.shared.files.LinkSignature.sign(key, "", id, exp);
    }
}
