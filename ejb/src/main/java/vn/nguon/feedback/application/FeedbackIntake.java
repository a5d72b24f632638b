package vn.nguon.feedback.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.nguon.audit.application.AuditLog;
import vn.nguon.feedback.domain.Feedback;
import vn.nguon.feedback.domain.FeedbackCategory;
import vn.nguon.feedback.domain.FeedbackData;
import vn.nguon.feedback.domain.FeedbackEvent;
import vn.nguon.feedback.domain.FeedbackRepository;
import vn.nguon.feedback.domain.FeedbackStatus;
import vn.nguon.feedback.domain.Redaction;
import vn.nguon.feedback.domain.TrackingCode;
import vn.nguon.kernel.ValidationFailedException;
import vn.nguon.kernel.Violation;
import vn.nguon.org.domain.OrgUnit;
import vn.nguon.org.domain.OrgUnitRepository;
import vn.nguon.org.domain.UnitLevel;
import vn.nguon.shared.files.FileCheck;
import vn.nguon.shared.files.FileStore;
import vn.nguon.shared.files.StoredFile;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Feedback from the public (no sign-in): submit it with up to five photos or documents, follow it by its code,
 * rate the answer. Nothing personal ever leaves through here: the tracking view has the item's own words, its
 * public history and answer, never the citizen's name, phone or e-mail, internal notes or who handled it.
 * Abuse: a client (its address, hashed with a secret) may submit {@code nguon.feedback.per-client} items per
 * ten minutes (default 5); every file is checked by content and pictures are re-encoded without metadata.
 */
@Stateless
@PermitAll
public class FeedbackIntake {

    public static final int MAX_FILES = 5;
    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
    static final String CITIZEN = "citizen";

    /** A file sent with the feedback. */
    public record Upload(String name, byte[] data) {
    }

    /** What the citizen is given back: the code to follow it by (theirs alone) and its public number. */
    public record Receipt(String code, long id, String communeName, Instant dueAt) {
    }

    /**
     * A request as Open311 GeoReport v2 shows it: public data only (the citizen's words, never their contact); the
     * finer state and the published answer in {@code statusNotes}.
     */
    public record Open311Request(long id, String status, String statusNotes, String serviceName, String serviceCode, String description,
                                 String agencyResponsible, Instant requested, Instant updated, Instant expected, String address,
                                 Double lat, Double lon) {
    }

    /** A step of the public history. */
    public record PublicStep(Instant at, String note, String detail) implements java.io.Serializable {
    }

    /** What anyone holding the code sees. */
    public record PublicView(String code, String title, String text, String category, String communeName, String handlingName,
                             String status, Instant receivedAt, Instant dueAt, boolean overdue, String answer, Instant answeredAt,
                             String rating, List<PublicStep> history, String mergedIntoCode, boolean mayRate, List<OnAir> onAir)
                                     implements java.io.Serializable {
    }

    /** A bulletin that answers the item on the loudspeakers, once approved: its title and when it plays. */
    public record OnAir(String title, Instant from, Instant until) implements java.io.Serializable {
    }

    /** More submissions from one client than allowed: try again later (nothing was stored). */
    @jakarta.ejb.ApplicationException(rollback = true)
    public static final class TooMany extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final long retryAfterSeconds;

        public TooMany(long retryAfterSeconds) {
            super("too many submissions");
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    @Inject
    FeedbackRepository repository;

    @Inject
    OrgUnitRepository units;

    @Inject
    FileStore files;

    @Inject
    vn.nguon.org.application.Geography geography;

    @Inject
    AuditLog audit;

    @Inject
    Deadlines deadlines;

    @Inject
    vn.nguon.broadcast.application.PublicBroadcasts broadcasts;

    @Inject
    Event<FeedbackEvents.Arrived> arrived;

    @Inject
    Event<FeedbackEvents.Reopened> reopened;

    @Inject
    @ConfigProperty(name = "nguon.feedback.per-client", defaultValue = "5")
    int perClient;

    @Inject
    ClientKeys keys;

    Clock clock = Clock.systemUTC();

    static final Duration WINDOW = Duration.ofMinutes(10);

    /** The categories offered for a commune's feedback: the ministry's and its province's, in their language. */
    public List<FeedbackCategoryView> categories(String commune, String language) {
        String province = commune == null ? null : units.find(commune).map(OrgUnit::parent).map(OrgUnit::code).orElse(null);
        return repository.categories(province).stream().map(c -> new FeedbackCategoryView(c.code(), c.name(language))).toList();
    }

    /**
     * Receives feedback from the portal or the API. {@code clientKey}: the client's address (hashed, kept for the
     * rate limit only); {@code honeypot}: a field people never see and robots fill — then refused like spam.
     */
    public Receipt submit(FeedbackData d, List<Upload> uploads, String clientKey, String honeypot) {
        Instant now = clock.instant();
        if (honeypot != null && !honeypot.isBlank()) {
            throw new ValidationFailedException(List.of(Violation.of("website", "feedback.spam")));
        }
        String client = clientKey == null ? null : keys.hash(clientKey);
        if (client != null && repository.fromClient(client, now.minus(WINDOW)) >= perClient) {
            throw new TooMany(WINDOW.toSeconds());
        }
        OrgUnit commune = check(d, uploads == null ? 0 : uploads.size());
        List<Long> stored = store(uploads, commune.code(), now);
        String code = TrackingCode.next();
        while (repository.byCode(code).isPresent()) {
            code = TrackingCode.next();
        }
        Feedback f = new Feedback(code, d, commune.code(), stored, client, null, deadlines.due(d.category(), d.priority(), now), now);
        repository.add(f);
        record(f, new Feedback.Step("receive", null, FeedbackStatus.RECEIVED, "feedback.public.received"), commune.fullName(), CITIZEN, now);
        audit.recordAs(CITIZEN, commune.code(), "feedback", String.valueOf(f.id()), "receive", null, f.status().name(),
                d.channel() + " " + code, now);
        arrived.fire(new FeedbackEvents.Arrived(commune.code(), f.id(), code, f.title(), false));
        return new Receipt(code, f.id(), commune.fullName(), f.dueAt());
    }

    /** The public view of the item with this code; empty when the code names none. */
    public Optional<PublicView> track(String typedCode) {
        String code = TrackingCode.normalise(typedCode);
        if (code == null) {
            return Optional.empty();
        }
        return repository.byCode(code).map(f -> view(f, clock.instant()));
    }

    /** The citizen's rating of the answer: satisfied closes the item, not satisfied reopens it at its unit. */
    public PublicView rate(String typedCode, boolean satisfied, String comment) {
        String code = TrackingCode.normalise(typedCode);
        Feedback f = (code == null ? Optional.<Feedback>empty() : repository.byCode(code).flatMap(x -> repository.lock(x.id())))
                .orElseThrow(() -> new ValidationFailedException(List.of(Violation.of("code", "feedback.unknownCode"))));
        if (comment != null && comment.length() > 1000) {
            throw new ValidationFailedException(List.of(Violation.of("comment", Violation.TOO_LONG, 1000)));
        }
        Instant now = clock.instant();
        Feedback.Step step = f.rate(satisfied, comment, now);
        record(f, step, comment, CITIZEN, now);
        audit.recordAs(CITIZEN, f.handlingUnit(), "feedback", String.valueOf(f.id()), step.action(), step.from().name(), step.to().name(),
                satisfied ? "satisfied" : "not satisfied", now);
        if (!satisfied) {
            reopened.fire(new FeedbackEvents.Reopened(f.handlingUnit(), f.id(), f.code(), f.title()));
        }
        return view(f, now);
    }

    // ---- the portal

    /** A published answer as the commune's public page shows it: personal data taken out of the question too. */
    public record PublicAnswer(String title, String text, String category, String answer, Instant receivedAt, Instant answeredAt,
                               String rating) implements java.io.Serializable {
    }

    /** A commune's public figures over the last year: received, answered, on time, rated, satisfied (and the two shares). */
    public record Figures(long received, long answered, long onTime, long rated, long satisfied) implements java.io.Serializable {
        public long onTimePercent() {
            return answered == 0 ? 0 : Math.round(100.0 * onTime / answered);
        }

        public long satisfiedPercent() {
            return rated == 0 ? 0 : Math.round(100.0 * satisfied / rated);
        }
    }

    public List<PublicAnswer> answers(String commune, int max) {
        return repository.answered(commune, Math.min(max, 50)).stream().map(f -> new PublicAnswer(f.title(),
                Redaction.redact(f.text(), f.citizenName()), repository.category(f.category()).map(c -> c.name("vi")).orElse(f.category()),
                f.answerPublic(), f.receivedAt(), f.answeredAt(), f.rating())).toList();
    }

    public Figures figures(String commune) {
        long[] n = repository.figures(commune, clock.instant().minus(Duration.ofDays(365)));
        return new Figures(n[0], n[1], n[2], n[3], n[4]);
    }

    // ---- Open311 GeoReport v2

    /** Open311's requests: by ids (at most 50), or received in the last {@code days} — newest first, at most 200. */
    public List<Open311Request> open311Requests(List<Long> ids, String category, String commune, Instant from, Instant to, Boolean open) {
        if (ids != null && ids.size() > 50) {
            throw new ValidationFailedException(List.of(Violation.of("service_request_id", Violation.TOO_LARGE, 50)));
        }
        Instant now = clock.instant();
        Instant start = from == null ? now.minus(Duration.ofDays(90)) : from;
        Instant end = to == null ? now.plusSeconds(1) : to;
        if (Duration.between(start, end).toDays() > 366) {
            throw new ValidationFailedException(List.of(Violation.of("start_date", "notAllowed", "> 1 year")));
        }
        return repository.publicList(ids, category, commune, start, end, open, 200).stream().map(this::open311).toList();
    }

    /** The public history of a request (Open311 has none; its users have asked for it since 2013). */
    public List<PublicStep> open311History(long id) {
        Feedback f = repository.find(id).orElseThrow(() -> new ValidationFailedException(List.of(Violation.of("service_request_id",
                "feedback.unknownCode"))));
        return view(f, clock.instant()).history();
    }

    private Open311Request open311(Feedback f) {
        String category = repository.category(f.category()).map(c -> c.name("vi")).orElse(f.category());
        Feedback shown = f.mergedInto() == null ? f : repository.find(f.mergedInto()).orElse(f);
        String notes = f.status().name() + (shown.answerPublic() == null ? "" : ": " + shown.answerPublic());
        return new Open311Request(f.id(), f.status().open311(), notes, category, f.category(),
                Redaction.redact(f.title() + " — " + f.text(), f.citizenName()),
                name(f.handlingUnit()), f.receivedAt(), f.updatedAt(), f.dueAt(), name(f.commune()), f.latitude(), f.longitude());
    }

    // ---- rules

    private OrgUnit check(FeedbackData d, int fileCount) {
        List<Violation> v = new ArrayList<>(d.problems());
        OrgUnit commune = null;
        if (d.commune() != null) {
            commune = units.find(d.commune()).filter(u -> u.level() == UnitLevel.COMMUNE).orElse(null);
            if (commune == null) {
                v.add(Violation.of("commune", "unknownTarget", d.commune()));
            }
        } else if (d.latitude() != null && d.longitude() != null
                && v.stream().noneMatch(x -> x.field().equals("latitude") || x.field().equals("longitude"))) {
            // a map point names the commune it lies in (shapes simplified to ~50 m: see Geography)
            commune = geography.communeAt(d.latitude(), d.longitude()).flatMap(u -> units.find(u.code())).orElse(null);
            if (commune == null) {
                v.add(Violation.of("latitude", "feedback.pointOutside"));
            }
        }
        if (d.category() != null) {
            String province = commune == null ? null : commune.parent().code();
            Optional<FeedbackCategory> c = repository.category(d.category());
            if (c.isEmpty() || c.get().ownerUnit() != null && !c.get().ownerUnit().equals(province)) {
                v.add(Violation.of("category", "notAllowed", d.category()));
            }
        }
        if (fileCount > MAX_FILES) {
            v.add(Violation.of("files", Violation.TOO_LARGE, MAX_FILES));
        }
        if (!v.isEmpty()) {
            throw new ValidationFailedException(v);
        }
        return commune;
    }

    /** Each file checked by its content (a PDF by its header, anything else as a picture) and stored. */
    private List<Long> store(List<Upload> uploads, String owner, Instant now) {
        List<Long> ids = new ArrayList<>();
        if (uploads == null) {
            return ids;
        }
        List<FileCheck.Checked> checked = new ArrayList<>();
        for (int i = 0; i < uploads.size(); i++) {
            Upload u = uploads.get(i);
            byte[] data = u.data() == null ? new byte[0] : u.data();
            StoredFile.Kind kind = data.length > 4 && new String(data, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")
                    ? StoredFile.Kind.PDF : StoredFile.Kind.IMAGE;
            try {
                checked.add(FileCheck.check(kind, u.name(), data, MAX_FILE_BYTES));
            } catch (FileCheck.Refused e) {
                Violation x = e.violations().get(0);
                throw new ValidationFailedException(List.of(Violation.of("files[" + i + "]", x.code(), x.args().toArray())));
            }
        }
        for (FileCheck.Checked c : checked) {
            ids.add(files.add(new StoredFile(owner, c, CITIZEN, now)).id());
        }
        return ids;
    }


    private void record(Feedback f, Feedback.Step step, String detail, String by, Instant now) {
        repository.addEvent(new FeedbackEvent(f.id(), step, f.handlingUnit(), detail, by, now));
    }

    PublicView view(Feedback f, Instant now) {
        Feedback shown = f;
        String mergedCode = null;
        if (f.mergedInto() != null) {
            Optional<Feedback> target = repository.find(f.mergedInto());
            if (target.isPresent()) {
                shown = target.get(); // a duplicate shows the answer of the item it joined
                mergedCode = target.get().code();
            }
        }
        List<PublicStep> history = repository.events(f.id()).stream().filter(e -> e.publicNote() != null)
                .map(e -> new PublicStep(e.at(), e.publicNote(), publicDetail(e))).toList();
        String category = repository.category(f.category()).map(c -> c.name("vi")).orElse(f.category());
        return new PublicView(f.code(), f.title(), f.text(), category, name(f.commune()), name(f.handlingUnit()), f.status().name(),
                f.receivedAt(), f.dueAt(), f.overdue(now), shown.answerPublic(), shown.answeredAt(), f.rating(), history, mergedCode,
                f.status() == FeedbackStatus.ANSWERED, shown.bulletins().stream().map(broadcasts::summary).flatMap(Optional::stream)
                        .filter(vn.nguon.broadcast.application.PublicBroadcasts.Summary::approved)
                        .map(b -> new OnAir(b.title(), b.startsAt(), b.expiresAt())).toList());
    }

    /** What of a step's detail the public sees: the receiving unit of a transfer, a rejection's reason. */
    private String publicDetail(FeedbackEvent e) {
        return switch (e.action()) {
            case "transfer", "receive", "reject", "onAir" -> e.detail();
            default -> null;
        };
    }

    private String name(String code) {
        return units.find(code).map(OrgUnit::fullName).orElse(code);
    }
}
