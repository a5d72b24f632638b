package vn.nguon.sources.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.nguon.audit.application.AuditLog;
import vn.nguon.broadcast.application.BroadcastService;
import vn.nguon.broadcast.application.BulletinView;
import vn.nguon.broadcast.application.MediaView;
import vn.nguon.broadcast.application.SourceRelays;
import vn.nguon.broadcast.domain.BulletinData;
import vn.nguon.broadcast.domain.BulletinKind;
import vn.nguon.broadcast.domain.Category;
import vn.nguon.broadcast.domain.Priority;
import vn.nguon.broadcast.domain.Schedule;
import vn.nguon.broadcast.domain.Target;
import vn.nguon.identity.application.Caller;
import vn.nguon.identity.application.CallerService;
import vn.nguon.kernel.AccessRefusedException;
import vn.nguon.kernel.TransitionRefusedException;
import vn.nguon.kernel.ValidationFailedException;
import vn.nguon.kernel.Violation;
import vn.nguon.org.domain.OrgUnit;
import vn.nguon.org.domain.OrgUnitRepository;
import vn.nguon.shared.UploadLimits;
import vn.nguon.shared.files.FileCheck;
import vn.nguon.shared.files.FileInfo;
import vn.nguon.shared.files.FileLinks;
import vn.nguon.shared.files.FileStore;
import vn.nguon.shared.files.StoredFile;
import vn.nguon.sources.domain.SourceData;
import vn.nguon.sources.domain.SourceField;
import vn.nguon.sources.domain.SourceItem;
import vn.nguon.sources.domain.SourceRepository;
import vn.nguon.sources.domain.SourceRevision;
import vn.nguon.sources.domain.SourceStatus;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The source library (thông tin nguồn): the ministry and the provinces write, approve, publish and withdraw
 * items; every unit searches what it may see (its own, and what the units above it published for it); a
 * commune relays an item in effect as a bulletin of its own. Every change is audited; every read is scoped
 * here, in the EJB layer ({@link SourceAccess}).
 */
@Stateless
@PermitAll
public class SourceLibrary {

    static final String SUBJECT = "source";
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final int MAX_PAGE = 200;

    @Inject
    CallerService callers;

    @Inject
    SourceRepository repository;

    @Inject
    OrgUnitRepository units;

    @Inject
    AuditLog audit;

    @Inject
    BroadcastService broadcasts;

    @Inject
    RelayTracking tracking;

    @Inject
    SourceRelays broadcastLog;

    @Inject
    FileStore files;

    @Inject
    FileLinks fileLinks;

    @Inject
    UploadLimits limits;

    Clock clock = Clock.systemUTC();

    public record Page(List<SourceSummary> rows, long total) {
    }

    /** The fields (lĩnh vực) as code → name in {@code language}. */
    public Map<String, String> fields(String language) {
        return repository.fields().stream().collect(Collectors.toMap(SourceField::code, f -> f.name(language),
                (a, b) -> a, java.util.LinkedHashMap::new));
    }

    /** Whether the caller's unit writes items (the ministry's and the provinces' officers and leaders). */
    public boolean publishes() {
        return SourceAccess.publishes(callers.current());
    }

    /** The items the caller may see that match {@code q}, best first (newest first without words). */
    public Page search(SourceRepository.Query q, String language) {
        Caller c = callers.current();
        List<Violation> v = new ArrayList<>();
        if (q.max() < 1 || q.max() > MAX_PAGE) {
            v.add(Violation.of("max", q.max() < 1 ? Violation.TOO_SMALL : Violation.TOO_LARGE, q.max() < 1 ? 1 : MAX_PAGE));
        }
        if (q.first() < 0) {
            v.add(Violation.of("first", Violation.TOO_SMALL, 0));
        }
        if (q.text() != null && q.text().length() > 200) {
            v.add(Violation.of("q", Violation.TOO_LONG, 200));
        }
        if (q.field() != null && repository.field(q.field()).isEmpty()) {
            v.add(Violation.of("field", "notAllowed", q.field()));
        }
        if (!v.isEmpty()) {
            throw new ValidationFailedException(v);
        }
        Map<String, String> fieldNames = fields(language);
        Function<String, String> owner = code -> units.find(code).map(OrgUnit::fullName).orElse(code);
        SourceRepository.Page p = repository.search(scope(c), q);
        return new Page(p.hits().stream().map(h -> new SourceSummary(h.id(), h.ownerUnit(), owner.apply(h.ownerUnit()), h.title(),
                h.field(), fieldNames.getOrDefault(h.field(), h.field()), h.tags(), h.validFrom(), h.validUntil(), h.status().name(),
                h.publishedAt(), h.rank(), h.snippet())).toList(), p.total());
    }

    /** One entry of a unit's public feed. */
    public record FeedEntry(long id, String title, String summary, String body, String ownerName, String field,
                            Instant publishedAt, LocalDate validUntil) {
    }

    /**
     * The feed of a unit (no sign-in: what is published to a unit is meant for its people): the published
     * items in effect that the unit is shown — its own and its ancestors' for it — newest first, at most 50.
     * Empty for a code that names no unit.
     */
    public List<FeedEntry> feed(String unitCode) {
        Optional<OrgUnit> unit = unitCode == null ? Optional.empty() : units.find(unitCode.strip());
        if (unit.isEmpty()) {
            return List.of();
        }
        Map<String, String> fieldNames = fields("vi");
        return repository.publishedFor(unit.get().chain().stream().map(OrgUnit::code).toList(), today(), 50).stream()
                .map(i -> new FeedEntry(i.id(), i.title(), i.summary(), i.body(),
                        units.find(i.ownerUnit()).map(OrgUnit::fullName).orElse(i.ownerUnit()),
                        fieldNames.getOrDefault(i.field(), i.field()), i.publishedAt(), i.validUntil())).toList();
    }

    /** The full name of a unit, for the feed's title; empty when the code names none. */
    public Optional<String> unitName(String unitCode) {
        return unitCode == null ? Optional.empty() : units.find(unitCode.strip()).map(OrgUnit::fullName);
    }

    public SourceItemView get(long id, String language) {
        Caller c = callers.current();
        return view(c, visible(c, repository.find(id)), language);
    }

    public SourceItemView create(SourceData data, String language) {
        Caller c = callers.current();
        if (!SourceAccess.mayWrite(c, c.unit().code())) {
            throw new AccessRefusedException(c.username() + " may not write source items for " + c.unit().code());
        }
        check(data, own(c));
        SourceItem item = new SourceItem(c.unit().code(), data, c.username(), now());
        repository.add(item);
        repository.flush();
        repository.addRevision(new SourceRevision(item, c.username(), now()));
        audit.record(c, SUBJECT, String.valueOf(item.id()), "create", null, item.status().name(), item.title(), now());
        return view(c, item, language);
    }

    public SourceItemView update(long id, long expectedVersion, SourceData data, String language) {
        Caller c = callers.current();
        SourceItem item = visible(c, repository.lock(id));
        if (!SourceAccess.mayWrite(c, item.ownerUnit())) {
            throw refused(c, "edit", item);
        }
        if (item.version() != expectedVersion) {
            throw new TransitionRefusedException(TransitionRefusedException.STALE, "source item " + id + " changed since version " + expectedVersion);
        }
        check(data, own(c));
        String before = item.status().name();
        item.edit(data, c.username(), now());
        repository.addRevision(new SourceRevision(item, c.username(), now()));
        audit.record(c, SUBJECT, String.valueOf(id), "update", before, item.status().name(), "revision " + item.revision(), now());
        repository.flush();
        return view(c, item, language);
    }

    public SourceItemView approve(long id, String language) {
        Caller c = callers.current();
        SourceItem item = visible(c, repository.lock(id));
        if (!SourceAccess.mayApprove(c, item.ownerUnit())) {
            throw refused(c, "approve", item);
        }
        item.approve(c.username(), now());
        audit.record(c, SUBJECT, String.valueOf(id), "approve", "DRAFT", item.status().name(), "revision " + item.revision(), now());
        repository.flush();
        return view(c, item, language);
    }

    public SourceItemView publish(long id, String language) {
        Caller c = callers.current();
        SourceItem item = visible(c, repository.lock(id));
        if (!SourceAccess.mayWrite(c, item.ownerUnit())) {
            throw refused(c, "publish", item);
        }
        item.publish(c.username(), now());
        audit.record(c, SUBJECT, String.valueOf(id), "publish", "APPROVED", item.status().name(), item.title(), now());
        repository.flush();
        return view(c, item, language);
    }

    public SourceItemView withdraw(long id, String reason, String language) {
        Caller c = callers.current();
        SourceItem item = visible(c, repository.lock(id));
        if (!SourceAccess.mayWrite(c, item.ownerUnit())) {
            throw refused(c, "withdraw", item);
        }
        String before = item.status().name();
        item.withdraw(c.username(), reason, now());
        audit.record(c, SUBJECT, String.valueOf(id), "withdraw", before, item.status().name(), reason, now());
        repository.flush();
        return view(c, item, language);
    }

    /**
     * Turns an item in effect into a draft bulletin of the caller's commune (its own approval and schedule
     * follow), carrying the item's text and its source. The draft plays on the commune's loudspeakers at the
     * next 07:00 (Vietnam time) at least an hour away, until the item's validity ends (or a week).
     */
    public BulletinView relay(long id) {
        Caller c = callers.current();
        SourceItem item = visible(c, repository.find(id));
        if (!SourceAccess.allowed(c, item, today()).contains(SourceAction.RELAY)) {
            throw refused(c, "relay", item);
        }
        Category category = repository.field(item.field()).flatMap(f -> Category.parse(f.bulletinCategory())).orElse(Category.OTHER);
        Instant start = nextMorning();
        Instant end = item.validUntil() == null ? start.plus(java.time.Duration.ofDays(7))
                : item.validUntil().plusDays(1).atStartOfDay(VIETNAM).toInstant();
        if (!end.isAfter(start)) {
            end = start.plus(java.time.Duration.ofHours(1));
        }
        SourceData d = item.data();
        BulletinData data = new BulletinData(BulletinKind.BULLETIN, truncate(item.title(), BulletinData.MAX_TITLE), category,
                Priority.NORMAL, relayVersions(d, own(c)), List.of(new Target(Target.Kind.UNIT, c.unit().code())),
                Schedule.once(start, end), null, null, d.hasBoard() ? new BulletinData.Board(d.boardText(), d.boardImageId()) : null);
        Set<Long> lent = new java.util.HashSet<>();
        d.versions().stream().map(SourceData.Version::mediaId).filter(java.util.Objects::nonNull).forEach(lent::add);
        if (d.boardImageId() != null) {
            lent.add(d.boardImageId());
        }
        BulletinView bulletin = broadcasts.createRelay(data, item.id(), sourceLine(item), lent);
        audit.record(c, SUBJECT, String.valueOf(id), "relay", item.status().name(), item.status().name(),
                "bulletin " + bulletin.id(), now());
        return bulletin;
    }

    /**
     * What a relay airs, per language: the item's Vietnamese version (its text read aloud and its audio), or its
     * body (its summary when the body is longer than a bulletin's text); and each other language version meant
     * for the relaying unit (its {@code playsIn} names the unit or a unit above it), which then plays there.
     */
    static List<BulletinData.Version> relayVersions(SourceData d, OrgUnit relaying) {
        List<BulletinData.Version> out = new ArrayList<>();
        Optional<SourceData.Version> vi = d.version("vi");
        String text = vi.map(SourceData.Version::text).orElse(d.body().length() <= BulletinData.MAX_TEXT ? d.body() : d.summary());
        out.add(new BulletinData.Version("vi", text, vi.map(SourceData.Version::mediaId).orElse(null), List.of()));
        List<String> chain = relaying.chain().stream().map(OrgUnit::code).toList();
        for (SourceData.Version v : d.versions()) {
            if (!"vi".equals(v.language()) && v.playsIn().stream().anyMatch(chain::contains)) {
                out.add(new BulletinData.Version(v.language(), v.text(), v.mediaId(), List.of(relaying.code())));
            }
        }
        return out;
    }

    /**
     * Stores an image (for e-boards) or a PDF document of the caller's unit, checked by its content (an image is
     * re-encoded without its metadata), for an item to refer to.
     */
    public FileInfo uploadFile(StoredFile.Kind kind, String fileName, byte[] data) {
        Caller c = callers.current();
        if (!SourceAccess.mayWrite(c, c.unit().code())) {
            throw new AccessRefusedException(c.username() + " may not add files to the library of " + c.unit().code());
        }
        if (kind == null) {
            throw new ValidationFailedException(List.of(Violation.of("kind", Violation.REQUIRED)));
        }
        FileCheck.Checked checked;
        try {
            checked = FileCheck.check(kind, fileName, data, limits.maxBytes());
        } catch (FileCheck.Refused e) {
            throw new ValidationFailedException(e.violations());
        }
        StoredFile f = files.add(new StoredFile(c.unit().code(), checked, c.username(), now()));
        audit.record(c, "file", String.valueOf(f.id()), "upload", null, f.kind().name(), f.fileName(), now());
        return FileInfo.of(f);
    }

    /** A document or the board picture of an item the caller may see. */
    public StoredFile file(long itemId, long fileId) {
        Caller c = callers.current();
        SourceItem item = visible(c, repository.find(itemId));
        if (!item.documents().contains(fileId) && !Long.valueOf(fileId).equals(item.boardImageId())) {
            throw new AccessRefusedException(c.username() + ": file " + fileId + " is not an attachment of source item " + itemId);
        }
        return files.find(fileId).orElseThrow(() -> new AccessRefusedException("no file " + fileId));
    }

    // ---- rules

    private void check(SourceData data, OrgUnit owner) {
        List<Violation> problems = new ArrayList<>(data.problems());
        if (data.field() != null && !data.field().isEmpty() && repository.field(data.field()).isEmpty()) {
            problems.add(Violation.of("field", "notAllowed", data.field()));
        }
        for (String code : data.targets()) {
            Optional<OrgUnit> u = units.find(code);
            if (u.isEmpty()) {
                problems.add(Violation.of("targets", "unknownTarget", code));
            } else if (!owner.oversees(u.get())) {
                problems.add(Violation.of("targets", "targetNotBelow", code));
            }
        }
        for (int i = 0; i < data.versions().size(); i++) {
            SourceData.Version v = data.versions().get(i);
            if (v.mediaId() != null && broadcastLog.media(v.mediaId(), owner.code()).isEmpty()) {
                problems.add(Violation.of("versions[" + i + "].mediaId", "unknownMedia", v.mediaId()));
            }
            for (String code : v.playsIn()) {
                Optional<OrgUnit> u = units.find(code);
                if (u.isEmpty() || !owner.oversees(u.get())) {
                    problems.add(Violation.of("versions[" + i + "].playsIn", "targetNotBelow", code));
                }
            }
        }
        if (data.boardImageId() != null && !ownFile(data.boardImageId(), StoredFile.Kind.IMAGE, owner)) {
            problems.add(Violation.of("boardImageId", "unknownImage", data.boardImageId()));
        }
        for (Long doc : data.documentIds()) {
            if (!ownFile(doc, StoredFile.Kind.PDF, owner)) {
                problems.add(Violation.of("documentIds", "unknownDocument", doc));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
    }

    private boolean ownFile(long id, StoredFile.Kind kind, OrgUnit owner) {
        return files.info(id).filter(f -> f.kind().equals(kind.name()) && f.ownerUnit().equals(owner.code())).isPresent();
    }

    private SourceItem visible(Caller c, Optional<SourceItem> item) {
        List<String> chain = scope(c).chain();
        return item.filter(i -> SourceAccess.sees(chain, i))
                .orElseThrow(() -> new AccessRefusedException(c.username() + " may not see this source item"));
    }

    private SourceRepository.Scope scope(Caller c) {
        List<String> chain = own(c).chain().stream().map(OrgUnit::code).toList();
        return new SourceRepository.Scope(chain.get(0), chain.subList(1, chain.size()));
    }

    private OrgUnit own(Caller c) {
        return units.find(c.unit().code()).orElseThrow(() -> new AccessRefusedException("no unit " + c.unit().code()));
    }

    private static AccessRefusedException refused(Caller c, String step, SourceItem item) {
        return new AccessRefusedException(c.username() + " may not " + step + " source item " + item.id() + " (" + item.status() + ")");
    }

    private String sourceLine(SourceItem item) {
        Instant at = item.publishedAt() == null ? item.createdAt() : item.publishedAt();
        return "Nguồn: " + units.find(item.ownerUnit()).map(OrgUnit::fullName).orElse(item.ownerUnit()) + ", ngày "
                + at.atZone(VIETNAM).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    private SourceItemView view(Caller c, SourceItem item, String language) {
        Map<String, String> fieldNames = fields(language);
        List<SourceItemView.TargetView> targets = item.targets().stream().sorted()
                .map(code -> new SourceItemView.TargetView(code, units.find(code).map(OrgUnit::fullName).orElse(code))).toList();
        Set<SourceAction> actions = SourceAccess.allowed(c, item, today());
        List<SourceItemView.RevisionView> revisions = repository.revisions(item.id()).stream()
                .map(r -> new SourceItemView.RevisionView(r.revision(), r.title(), r.savedBy(), r.savedAt(), r.attachments())).toList();
        List<SourceItemView.VersionView> versions = item.versions().stream().map(v -> {
            Optional<MediaView> m = v.mediaId() == null ? Optional.empty() : broadcastLog.media(v.mediaId(), item.ownerUnit());
            return new SourceItemView.VersionView(v.language(), v.text(), v.mediaId(), m.map(MediaView::durationMs).orElse(null),
                    m.map(MediaView::source).orElse(null), v.playsIn(), m.map(x -> broadcastLog.listen(x.id(), linksUntil())).orElse(null));
        }).toList();
        SourceItemView.Attachment image = item.boardImageId() == null ? null : attachment(item.boardImageId());
        List<SourceItemView.Attachment> documents = item.documents().stream().map(this::attachment).filter(java.util.Objects::nonNull).toList();
        return new SourceItemView(item.id(), item.ownerUnit(), units.find(item.ownerUnit()).map(OrgUnit::fullName).orElse(item.ownerUnit()),
                item.title(), item.summary(), item.body(), item.field(), fieldNames.getOrDefault(item.field(), item.field()), item.tagList(),
                item.validFrom(), item.validUntil(), item.wholeSubtree(), targets, item.languages(), item.status().name(),
                item.revision(), item.withdrawReason(), item.createdBy(), item.createdAt(), item.approvedBy(), item.approvedAt(),
                item.publishedBy(), item.publishedAt(), item.withdrawnBy(), item.withdrawnAt(), item.version(), actions, revisions,
                item.status() == SourceStatus.PUBLISHED ? sourceLine(item) : null,
                tracking.requirement(item.id()).map(r -> new SourceItemView.RequirementView(r.minPlays(), r.from(), r.to())).orElse(null),
                versions, item.boardText(), image, documents);
    }

    private SourceItemView.Attachment attachment(long fileId) {
        return files.info(fileId).map(f -> new SourceItemView.Attachment(f, fileLinks.path(fileId, linksUntil()))).orElse(null);
    }

    /** Links shown on a page work for four hours (a page left open, then used). */
    private Instant linksUntil() {
        return now().plus(java.time.Duration.ofHours(4)).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
    }

    private Instant nextMorning() {
        java.time.ZonedDateTime now = now().atZone(VIETNAM);
        java.time.ZonedDateTime slot = now.toLocalDate().atTime(LocalTime.of(7, 0)).atZone(VIETNAM);
        while (slot.isBefore(now.plusHours(1))) {
            slot = slot.plusDays(1);
        }
        return slot.toInstant();
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private LocalDate today() {
        return now().atZone(VIETNAM).toLocalDate();
    }

    private Instant now() {
        return clock.instant();
    }
}
