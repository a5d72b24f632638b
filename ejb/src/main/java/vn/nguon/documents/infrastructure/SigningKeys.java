package vn.nguon.documents.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.nguon.reports.signing.DevCertificates;
import vn.nguon.reports.signing.SigningKey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Each signing unit's key: the PKCS#12 file {@code <nguon.signing.dir>/<unit code>.p12}, opened
 * with {@code nguon.signing.password} (MicroProfile Config: system properties or the environment,
 * e.g. {@code NGUON_SIGNING_DIR}). With {@code nguon.signing.generate-missing=true} (development
 * and tests only) a unit without a file gets a self-signed certificate with its name in the
 * subject, made when it first signs; in production a missing file refuses the signature.
 */
@ApplicationScoped
public class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());

    @Inject
    @ConfigProperty(name = "nguon.signing.dir", defaultValue = "${jboss.server.data.dir}/nguon-signing")
    String dir;

    @Inject
    @ConfigProperty(name = "nguon.signing.password", defaultValue = "nguon-dev")
    String password;

    @Inject
    @ConfigProperty(name = "nguon.signing.generate-missing", defaultValue = "false")
    boolean generateMissing;

    private final Map<String, SigningKey> keys = new ConcurrentHashMap<>();

    /** @throws MissingCertificateException when the unit has no keystore and generating is off */
    public SigningKey of(String unitCode, String unitName) {
        return keys.computeIfAbsent(unitCode, code -> load(code, unitName));
    }

    private SigningKey load(String code, String unitName) {
        Path file = Path.of(dir).resolve(code + ".p12");
        try {
            if (!Files.exists(file)) {
                if (!generateMissing) {
                    throw new MissingCertificateException(code, file);
                }
                Files.createDirectories(file.getParent());
                Path tmp = Files.createTempFile(file.getParent(), code, ".tmp");
                Files.write(tmp, DevCertificates.pkcs12(unitName, code, password.toCharArray()));
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
                LOG.info(() -> "made a development signing certificate for " + code + " (" + unitName + ") in " + file);
            }
            return SigningKey.fromPkcs12(Files.readAllBytes(file), password.toCharArray());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the signing keystore " + file, e);
        }
    }
}
