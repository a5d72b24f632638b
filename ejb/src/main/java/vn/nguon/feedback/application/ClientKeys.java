package vn.nguon.feedback.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What citizens' requests are counted and told apart by, kept only as salted SHA-256 (the salt is the deployment's
 * secret {@code NGUON_MEDIA_KEY}): a client's address for the per-client limits, a browser's survey token.
 */
@ApplicationScoped
public class ClientKeys {

    @Inject
    @ConfigProperty(name = "nguon.media.key", defaultValue = "nguon-dev-media-key-change-me")
    String secret;

    public String hash(String key) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d.digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
