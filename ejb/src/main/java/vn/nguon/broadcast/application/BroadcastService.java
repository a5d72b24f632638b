package vn.nguon.broadcast.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.nguon.audit.application.AuditLog;
import vn.nguon.broadcast.domain.AudioCheck;
import vn.nguon.broadcast.domain.BroadcastRepository;
import vn.nguon.broadcast.domain.Bulletin;
import vn.nguon.broadcast.domain.BulletinData;
import vn.nguon.broadcast.domain.Media;
import vn.nguon.broadcast.domain.Target;
import vn.nguon.broadcast.infrastructure.CommandJson;
import vn.nguon.broadcast.infrastructure.DeliveryQueue;
import vn.nguon.identity.application.Caller;
import vn.nguon.identity.application.CallerService;
import vn.nguon.identity.domain.Role;
import vn.nguon.org.domain.OrgUnit;
import vn.nguon.shared.UploadLimits;
import vn.nguon.shared.files.FileInfo;
import vn.nguon.shared.files.FileStore;
import vn.nguon.kernel.AccessRefusedException;
import vn.nguon.kernel.ValidationFailedException;
import vn.nguon.kernel.Violation;
import vn.nguon.kernel.TransitionRefusedException;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;

/**
 * Writing, approving and cancelling bulletins and emergency alerts, and their audio. Every step is
 * checked against the caller's unit and role ({@link BroadcastAccess}) and audited; a cancelled or
 * replaced bulletin is withdrawn from the devices that hold it, in the same transaction.
 */
@Stateless
@RolesAllowed({Role.Names.COMMUNE_OFFICER, Role.Names.COMMUNE_LEADER, Role.Names.PROVINCE_OFFICER,
        Role.Names.PROVINCE_LEADER, Role.Names.MINISTRY_OFFICER, Role.Names.MINISTRY_LEADER})
public class BroadcastService {

    static final String SUBJECT = "bulletin";

    @Inject
    CallerService callers;

    @Inject
    BroadcastRepository repository;

    @Inject
    BulletinViews views;

    @Inject
    AuditLog audit;

    @Inject
    UploadLimits limits;

    @Inject
    AudioDecoder decoder;

    @Inject
    DeliveryQueue commands;

    @Inject
    SpeechSynthesizer speech;

    @Inject
    Dispatcher dispatcher;

    @Inject
    FileStore files;

    Clock clock = Clock.systemUTC();

    public BulletinView create(BulletinData data) {
        return create(data, null, null, Set.of());
    }

    /**
     * Creates a bulletin of the caller's unit that relays an item of the source library: a draft like any
     * other (its own approval and schedule), marked with the item and the note its readers see. It may use
     * the item's audio and board picture ({@code lent}: ids of media and stored images of the item's owner,
     * which the library checked the caller may see); they are shared, not copied.
     */
    public BulletinView createRelay(BulletinData data, long sourceItemId, String sourceNote, Set<Long> lent) {
        return create(data, sourceItemId, sourceNote, lent);
    }

    private BulletinView create(BulletinData data, Long sourceItemId, String sourceNote, Set<Long> lent) {
        Caller c = callers.current();
        OrgUnit owner = views.unit(c.unit().code());
        if (!BroadcastAccess.mayWrite(c, owner.code())) {
            throw new AccessRefusedException(c.username() + " may not write bulletins for " + owner.code());
        }
        check(data, owner, lent);
        Bulletin b = new Bulletin(repository.nextBulletinId(), owner.code(), data, c.username(), now());
        if (sourceItemId != null) {
            b.relayOf(sourceItemId, sourceNote);
        }
        repository.add(b);
        audit.record(c, SUBJECT, String.valueOf(b.id()), sourceItemId == null ? "create" : "relay", null, b.status().name(),
                sourceItemId == null ? b.title() : b.title() + " — " + sourceNote, now());
        repository.flush();
        return views.view(c, b);
    }

    public BulletinView update(long id, long expectedVersion, BulletinData data) {
        Caller c = callers.current();
        Bulletin b = lock(c, id);
        if (!BroadcastAccess.mayWrite(c, b.ownerUnit())) {
            throw refused(c, "edit", b);
        }
        if (b.version() != expectedVersion) {
            throw new TransitionRefusedException(TransitionRefusedException.STALE, "bulletin " + id + " changed since version " + expectedVersion);
        }
        // what the bulletin already uses stays usable (a relay's audio and picture belong to the item's owner)
        Set<Long> kept = new HashSet<>();
        b.versions().stream().map(vn.nguon.broadcast.domain.LanguageVersion::mediaId).filter(java.util.Objects::nonNull).forEach(kept::add);
        if (b.board() != null && b.board().imageId() != null) {
            kept.add(b.board().imageId());
        }
        check(data, views.unit(b.ownerUnit()), kept);
        String before = b.status().name();
        int oldRevision = b.revision();
        if (b.edit(data, c.username(), now())) {
            withdraw(b, oldRevision);
        }
        audit.record(c, SUBJECT, String.valueOf(id), "update", before, b.status().name(), "revision " + b.revision(), now());
        repository.flush();
        return views.view(c, b);
    }

    public BulletinView submit(long id) {
        Caller c = callers.current();
        Bulletin b = lock(c, id);
        if (!BroadcastAccess.mayWrite(c, b.ownerUnit())) {
            throw refused(c, "submit", b);
        }
        String before = b.status().name();
        b.submit(c.username(), now());
        audit.record(c, SUBJECT, String.valueOf(id), "submit", before, b.status().name(), null, now());
        repository.flush();
        return views.view(c, b);
    }

    /** Approves: the scheduler dispatches the first slot (an emergency's at once). */
    public BulletinView approve(long id) {
        Caller c = callers.current();
        Bulletin b = lock(c, id);
        if (!BroadcastAccess.mayDecide(c, b.ownerUnit())) {
            throw refused(c, "approve", b);
        }
        b.approve(c.username(), now());
        audit.record(c, SUBJECT, String.valueOf(id), "approve", "PENDING", b.status().name(), "revision " + b.revision(), now());
        dispatcher.dispatchAfterCommit(id);
        repository.flush();
        return views.view(c, b);
    }

    public BulletinView reject(long id, String reason) {
        Caller c = callers.current();
        Bulletin b = lock(c, id);
        if (!BroadcastAccess.mayDecide(c, b.ownerUnit())) {
            throw refused(c, "reject", b);
        }
        b.reject(c.username(), reason, now());
        audit.record(c, SUBJECT, String.valueOf(id), "reject", "PENDING", b.status().name(), reason, now());
        repository.flush();
        return views.view(c, b);
    }

    /** Cancels for good; devices holding it get a CANCEL and drop it from their queue. */
    public BulletinView cancel(long id, String reason) {
        Caller c = callers.current();
        Bulletin b = lock(c, id);
        if (!BroadcastAccess.mayCancel(c, views.unit(b.ownerUnit()))) {
            throw refused(c, "cancel", b);
        }
        String before = b.status().name();
        b.cancel(c.username(), reason, now());
        withdraw(b, b.revision());
        audit.record(c, SUBJECT, String.valueOf(id), "cancel", before, b.status().name(), reason, now());
        repository.flush();
        return views.view(c, b);
    }

    /** Stores an uploaded audio file after checking what it really is, and how long. */
    public MediaView uploadAudio(String fileName, byte[] data) {
        Caller c = callers.current();
        requireAuthor(c);
        AudioCheck.Audio audio;
        try {
            long maxMs = limits.maxMinutes() * 60_000L;
            audio = AudioCheck.decoded(AudioCheck.check(data, limits.maxBytes(), maxMs), decoder.decodedMillis(data), maxMs);
        } catch (AudioCheck.Refused e) {
            throw new ValidationFailedException(e.violations());
        }
        String name = fileName == null ? null : fileName.replaceAll("[\\\\/]", "_");
        if (name != null && name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        Media m = new Media(c.unit().code(), audio, Media.Source.UPLOAD, name, data, c.username(), now());
        repository.add(m);
        audit.record(c, "media", String.valueOf(m.id()), "upload", null, audio.contentType(), name, now());
        return MediaView.of(m);
    }

    /** Reads the text aloud with the speech engine and stores the result like an upload. */
    public MediaView synthesize(String text, String language) {
        Caller c = callers.current();
        requireAuthor(c);
        String lang = language == null ? "vi" : language;
        if (text == null || text.isBlank()) {
            throw new ValidationFailedException(List.of(Violation.of("text", Violation.REQUIRED)));
        }
        if (text.length() > BulletinData.MAX_TEXT) {
            throw new ValidationFailedException(List.of(Violation.of("text", Violation.TOO_LONG, BulletinData.MAX_TEXT)));
        }
        if (!speech.speaks(lang)) {
            throw new ValidationFailedException(List.of(Violation.of("language", "noVoice", lang)));
        }
        byte[] wav = speech.wav(text.strip(), lang);
        AudioCheck.Audio audio;
        try {
            audio = AudioCheck.check(wav, limits.maxBytes(), limits.maxMinutes() * 60_000L);
        } catch (AudioCheck.Refused e) {
            throw new ValidationFailedException(e.violations());
        }
        Media m = new Media(c.unit().code(), audio, Media.Source.TTS, "tts-" + lang + ".wav", wav, c.username(), now());
        repository.add(m);
        audit.record(c, "media", String.valueOf(m.id()), "tts", null, audio.contentType(), lang, now());
        return MediaView.of(m);
    }

    // --- helpers ------------------------------------------------------------------------------

    /**
     * Everything wrong with the data, including targets, language areas, audio and pictures outside the owner's
     * reach ({@code lent}: media and image ids usable although another unit owns them).
     */
    private void check(BulletinData data, OrgUnit owner, Set<Long> lent) {
        List<Violation> problems = new ArrayList<>(data.problems(now()));
        for (Target t : data.targets()) {
            Optional<OrgUnit> u = views.unitOf(t);
            if (u.isEmpty()) {
                problems.add(Violation.of("targets", "unknownTarget", t.code()));
            } else if (!owner.oversees(u.get())) {
                problems.add(Violation.of("targets", "targetNotBelow", t.code()));
            }
        }
        for (int i = 0; i < data.versions().size(); i++) {
            BulletinData.Version v = data.versions().get(i);
            for (String code : v.playsIn()) {
                Optional<OrgUnit> u = views.find(code);
                if (u.isEmpty() || !owner.oversees(u.get())) {
                    problems.add(Violation.of("versions[" + i + "].playsIn", "targetNotBelow", code));
                }
            }
            if (v.mediaId() != null) {
                Optional<Media> m = repository.media(v.mediaId());
                if (m.isEmpty() || !m.get().ownerUnit().equals(owner.code()) && !lent.contains(v.mediaId())) {
                    problems.add(Violation.of("versions[" + i + "].mediaId", "unknownMedia", v.mediaId()));
                }
            }
        }
        if (data.board() != null && data.board().imageId() != null) {
            Optional<FileInfo> f = files.info(data.board().imageId());
            if (f.isEmpty() || !"IMAGE".equals(f.get().kind())
                    || !f.get().ownerUnit().equals(owner.code()) && !lent.contains(data.board().imageId())) {
                problems.add(Violation.of("board.imageId", "unknownImage", data.board().imageId()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
    }

    /** Marks what devices still hold of revisions up to {@code revision} cancelled, and tells them. */
    private void withdraw(Bulletin b, int revision) {
        Instant now = now();
        String cancel = CommandJson.cancel(b.id(), revision, now);
        commands.sendAll(repository.cancelOpen(b.id(), revision).stream()
                .map(device -> new DeliveryQueue.Command(device, cancel, 9, 0)).toList());
    }

    /** The bulletin, locked for this transaction, if the caller may see it. */
    private Bulletin lock(Caller c, long id) {
        return views.readable(c, id, repository.lock(id));
    }

    private void requireAuthor(Caller c) {
        if (c.roles().stream().noneMatch(BroadcastAccess.AUTHORS::contains)) {
            throw new AccessRefusedException(c.username() + " may not add audio");
        }
    }

    private static AccessRefusedException refused(Caller c, String step, Bulletin b) {
        return new AccessRefusedException(c.username() + " (" + c.unit().code() + ", " + c.roles() + ") may not "
                + step + " bulletin " + b.id() + " of " + b.ownerUnit());
    }

    private Instant now() {
        return clock.instant();
    }
}
