package vn.nguon.broadcast.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.nguon.broadcast.domain.Bulletin;
import vn.nguon.broadcast.domain.Delivery;
import vn.nguon.broadcast.domain.LanguageVersion;
import vn.nguon.broadcast.infrastructure.CommandJson;
import vn.nguon.broadcast.infrastructure.MediaLinks;

import java.util.List;

/** What a device is told about one delivery — in its PLAY and in its synchronised schedule alike. */
@ApplicationScoped
public class PlaySlots {

    @Inject
    MediaLinks links;

    /** The delivery's language version of the bulletin, with a signed audio link valid until the delivery expires. */
    public CommandJson.Slot of(Bulletin b, Delivery d) {
        LanguageVersion v = b.versions().stream().filter(x -> x.language().equals(d.language())).findFirst()
                .orElseGet(() -> b.versionFor(List.of()));
        String audio = v.mediaId() == null ? null : links.url(v.mediaId(), d.expiresAt());
        return new CommandJson.Slot(d.id(), b.id(), d.revision(), d.priority().name(), b.title(), v.text(), audio, v.language(),
                d.slotAt(), d.expiresAt(), b.volume());
    }
}
