package vn.nguon.broadcast.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.nguon.broadcast.domain.BroadcastRepository;
import vn.nguon.broadcast.infrastructure.MediaLinks;

import java.time.Clock;
import java.util.Optional;

/** Audio for devices, through signed links only (no login: devices are not users). */
@Stateless
@PermitAll
public class MediaAccess {

    /** The file and how to serve it. */
    public record File(String contentType, byte[] data, String sha256) {
    }

    @Inject
    BroadcastRepository repository;

    @Inject
    MediaLinks links;

    Clock clock = Clock.systemUTC();

    /** The file, when the link is genuine and not expired. */
    public Optional<File> open(long id, long exp, String sig) {
        if (!links.valid(id, exp, sig, clock.instant())) {
            return Optional.empty();
        }
        return repository.media(id).map(m -> new File(m.contentType(), m.data(), m.sha256()));
    }
}
