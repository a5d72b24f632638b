package vn.nguon.shared.files;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.Optional;

/** Stored files through signed links only (devices are not users; pages hand their users such links). */
@Stateless
@PermitAll
public class FileAccess {

    /** The file and how to serve it. */
    public record File(String contentType, String fileName, byte[] data, String sha256) {
    }

    @Inject
    FileStore store;

    @Inject
    FileLinks links;

    Clock clock = Clock.systemUTC();

    /** The file, when the link is genuine and not expired. */
    public Optional<File> open(long id, long exp, String sig) {
        if (!links.valid(id, exp, sig, clock.instant())) {
            return Optional.empty();
        }
        return store.find(id).map(f -> new File(f.contentType(), f.fileName(), f.data(), f.sha256()));
    }
}
