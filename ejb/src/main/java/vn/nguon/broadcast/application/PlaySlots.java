package vn.nguon.broadcast.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.nguon.broadcast.domain.Bulletin;
import vn.nguon.broadcast.domain.BulletinData;
import vn.nguon.broadcast.domain.Delivery;
import vn.nguon.broadcast.domain.LanguageVersion;
import vn.nguon.broadcast.infrastructure.CommandJson;
import vn.nguon.broadcast.infrastructure.MediaLinks;
import vn.nguon.shared.files.FileInfo;
import vn.nguon.shared.files.FileLinks;
import vn.nguon.shared.files.FileStore;

import java.util.List;

/** What a device is told about one delivery — in its PLAY and in its synchronised schedule alike. */
@ApplicationScoped
public class PlaySlots {

    @Inject
    MediaLinks links;

    @Inject
    FileLinks fileLinks;

    @Inject
    FileStore files;

    /**
     * The delivery's language version of the bulletin, with a signed audio link valid until the delivery
     * expires; for an e-board's DISPLAY, the board content with a signed link to its picture.
     */
    public CommandJson.Slot of(Bulletin b, Delivery d) {
        LanguageVersion v = b.versions().stream().filter(x -> x.language().equals(d.language())).findFirst()
                .orElseGet(() -> b.versionFor(List.of()));
        String audio = v.mediaId() == null ? null : links.url(v.mediaId(), d.expiresAt());
        return new CommandJson.Slot(d.id(), b.id(), d.revision(), d.priority().name(), b.title(), v.text(), audio, v.language(),
                d.slotAt(), d.expiresAt(), b.volume(), d.display() ? board(b.board(), d) : null);
    }

    private CommandJson.Board board(BulletinData.Board board, Delivery d) {
        if (board == null) { // the board content was removed by an edit: a new revision, so not this delivery's
            return new CommandJson.Board(null, null, null);
        }
        Long image = board.imageId();
        String sha = image == null ? null : files.info(image).map(FileInfo::sha256).orElse(null);
        return new CommandJson.Board(board.text(), sha == null ? null : fileLinks.url(image, d.expiresAt()), sha);
    }
}
