package vn.nguon.notification.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.nguon.identity.application.CallerService;
import vn.nguon.notification.domain.InboxRepository;

import java.time.Instant;
import java.util.List;

/** The caller's own unit's inbox; there is no way to read another unit's. */
@Stateless
@PermitAll
public class InboxQueries {

    /**
     * One inbox entry as the UI lists it: a notice's message code and arguments (rendered from the
     * bundles in the reader's language), or, for plain-text notifications, {@code code} null and
     * the subject and body as sent.
     */
    public record Entry(String code, List<String> args, String subject, String body, String link, Instant createdAt,
                        boolean read) implements java.io.Serializable {
    }

    @Inject
    CallerService callers;

    @Inject
    InboxRepository inbox;

    public List<Entry> mine(int max) {
        String unit = callers.current().unit().code();
        return inbox.latest(unit, Math.max(1, Math.min(max, 200))).stream()
                .map(m -> {
                    String code = Notices.code(m.subject(), m.body());
                    return new Entry(code, code == null ? List.of() : Notices.args(m.body()), m.subject(), m.body(),
                            m.link(), m.createdAt(), m.readAt() != null);
                })
                .toList();
    }
}
