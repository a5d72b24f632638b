package vn.nguon.shared.files;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;

/**
 * The signature of an expiring link ({@code ?exp=<epoch s>&sig=<HMAC-SHA256>}), shared by the media and file
 * links: the signed text is {@code <store>:<id>:<exp>} — the media links' store is empty, for the links already
 * handed out — so that one store's signature never opens the other's object of the same number.
 */
public final class LinkSignature {

    private LinkSignature() {
    }

    public static String sign(String key, String store, long id, long exp) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] h = mac.doFinal(((store.isEmpty() ? "" : store + ":") + id + ":" + exp).getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(h);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code sig} is the signature of the link and it has not expired at {@code now}. */
    public static boolean valid(String key, String store, long id, long exp, String sig, Instant now) {
        return sig != null && exp >= now.getEpochSecond() && MessageDigest.isEqual(sign(key, store, id, exp).getBytes(StandardCharsets.US_ASCII),
                sig.getBytes(StandardCharsets.US_ASCII));
    }
}
