package vn.nguon.reports.signing;

import java.io.ByteArrayInputStream;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collections;

/** A unit's signing key and its certificate chain (signer first), read from a PKCS#12 keystore. */
public record SigningKey(PrivateKey key, X509Certificate[] chain) {

    public X509Certificate certificate() {
        return chain[0];
    }

    /** The first key entry of a PKCS#12 file. */
    public static SigningKey fromPkcs12(byte[] p12, char[] password) {
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(new ByteArrayInputStream(p12), password);
            for (String alias : Collections.list(ks.aliases())) {
                if (ks.isKeyEntry(alias)) {
                    Certificate[] chain = ks.getCertificateChain(alias);
                    return new SigningKey((PrivateKey) ks.getKey(alias, password),
                            Arrays.stream(chain).map(X509Certificate.class::cast).toArray(X509Certificate[]::new));
                }
            }
            throw new IllegalArgumentException("no key entry in the PKCS#12 keystore");
        } catch (java.io.IOException | java.security.GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot read the PKCS#12 keystore: " + e.getMessage(), e);
        }
    }
}
