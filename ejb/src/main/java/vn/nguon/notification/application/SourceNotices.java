package vn.nguon.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import vn.nguon.sources.application.SourceEvents;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Tells units what the source library's mandatory relays need of them: a commune that has not yet relayed
 * a required item is reminded before the last day; the item's owner (and each province, for the ministry's
 * items) hears of the late communes when the window has passed. Written to the outbox in the round's transaction.
 */
@ApplicationScoped
public class SourceNotices {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    InboxService inbox;

    void reminder(@Observes SourceEvents.RelayReminder e) {
        inbox.send(Notices.of(e.commune(), "source.reminder", List.of(e.title(), String.valueOf(e.required()),
                String.valueOf(e.played()), e.lastDay().format(DAY)), "/sources/item.xhtml?id=" + e.itemId()));
    }

    void late(@Observes SourceEvents.RelaysLate e) {
        inbox.send(Notices.of(e.unit(), "source.late", List.of(e.title(), String.valueOf(e.late()), String.valueOf(e.communes()),
                e.lastDay().format(DAY)), "/sources/relays.xhtml?id=" + e.itemId()));
    }
}
