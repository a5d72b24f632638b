package vn.nguon.feedback.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import vn.nguon.audit.application.AuditLog;
import vn.nguon.feedback.domain.Feedback;
import vn.nguon.feedback.domain.FeedbackData;
import vn.nguon.feedback.domain.FeedbackEvent;
import vn.nguon.feedback.domain.FeedbackNote;
import vn.nguon.feedback.domain.FeedbackRepository;
import vn.nguon.feedback.domain.FeedbackStatus;
import vn.nguon.feedback.domain.RejectKind;
import vn.nguon.feedback.domain.TrackingCode;
import vn.nguon.identity.application.Caller;
import vn.nguon.identity.application.CallerService;
import vn.nguon.kernel.AccessRefusedException;
import vn.nguon.kernel.ValidationFailedException;
import vn.nguon.kernel.Violation;
import vn.nguon.org.domain.OrgUnit;
import vn.nguon.org.domain.OrgUnitRepository;
import vn.nguon.org.domain.UnitLevel;
import vn.nguon.shared.files.FileLinks;
import vn.nguon.shared.files.FileStore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The units' side of feedback: the queue (scoped to the caller's unit and the units below it), an item with its
 * history and notes, and every step — accept, start, draft, approve (a leader), transfer, reject or merge,
 * close, note — and recording feedback that came by phone, hotline, Zalo or in person. Each step is checked
 * against the caller ({@link FeedbackAccess}), recorded in the item's history and audited.
 */
@Stateless
@PermitAll
public class FeedbackDesk {

    static final String SUBJECT = "feedback";
    static final int MAX_PAGE = 200;

    @Inject
    CallerService callers;

    @Inject
    FeedbackRepository repository;

    @Inject
    OrgUnitRepository units;

    @Inject
    AuditLog audit;

    @Inject
    FileStore files;

    @Inject
    FileLinks links;

    @Inject
    Deadlines deadlines;

    @Inject
    vn.nguon.broadcast.application.PublicBroadcasts broadcasts;

    @Inject
    Event<FeedbackEvents.Arrived> arrived;

    @Inject
    Event<FeedbackEvents.AnswerDrafted> drafted;

    @Inject
    Event<FeedbackEvents.Overdue> overdue;

    Clock clock = Clock.systemUTC();

    public record Page(List<FeedbackSummary> rows, long total) {
    }

    /** The queue: items handled by or concerning the caller's unit and the units below it, newest first. */
    public Page queue(FeedbackStatus status, boolean overdueOnly, String category, String text, int first, int max, String language) {
        Caller c = handler();
        if (max < 1 || max > MAX_PAGE || first < 0) {
            throw new ValidationFailedException(List.of(Violation.of(max < 1 || max > MAX_PAGE ? "max" : "first", Violation.TOO_LARGE, MAX_PAGE)));
        }
        if (text != null && text.length() > 200) {
            throw new ValidationFailedException(List.of(Violation.of("q", Violation.TOO_LONG, 200)));
        }
        OrgUnit me = own(c);
        Instant now = clock.instant();
        FeedbackRepository.Query q = new FeedbackRepository.Query(visibleUnits(me), status, overdueOnly,
                blank(category), blank(text), first, max);
        Map<String, String> categories = categoryNames(language);
        List<FeedbackSummary> rows = repository.list(q, now).stream().map(f -> new FeedbackSummary(f.id(), f.code(), f.title(),
                categories.getOrDefault(f.category(), f.category()), name(f.commune()), name(f.handlingUnit()), f.status().name(),
                f.priority().name(), f.channel().name(), f.receivedAt(), f.dueAt(), f.overdue(now), f.escalatedAt() != null)).toList();
        return new Page(rows, repository.count(q, now));
    }

    public FeedbackView get(long id, String language) {
        Caller c = handler();
        return view(c, visible(c, repository.find(id)), language);
    }

    /** Feedback that came by phone, hotline, Zalo or in person, recorded by an officer: one queue holds it all. */
    public FeedbackView record(FeedbackData d, String language) {
        Caller c = handler();
        if (!d.channel().byHand()) {
            throw new ValidationFailedException(List.of(Violation.of("channel", "notAllowed", d.channel().name())));
        }
        OrgUnit me = own(c);
        OrgUnit commune = d.commune() == null ? null : units.find(d.commune()).orElse(null);
        if (commune == null && me.level() == UnitLevel.COMMUNE) {
            commune = me;
        }
        if (commune == null || commune.level() != UnitLevel.COMMUNE || !FeedbackAccess.atOrAbove(me, commune)) {
            throw new ValidationFailedException(List.of(Violation.of("commune", "targetNotBelow", d.commune())));
        }
        d = new FeedbackData(d.category(), commune.code(), d.title(), d.text(), d.name(), d.phone(), d.email(), d.consent(), d.anonymous(),
                d.latitude(), d.longitude(), d.priority(), d.channel());
        List<Violation> v = new ArrayList<>(d.problems());
        if (d.category() != null && repository.category(d.category()).isEmpty()) {
            v.add(Violation.of("category", "notAllowed", d.category()));
        }
        if (!v.isEmpty()) {
            throw new ValidationFailedException(v);
        }
        Instant now = clock.instant();
        String code = TrackingCode.next();
        Feedback f = new Feedback(code, d, commune.code(), List.of(), null, c.username(), deadlines.due(d.category(), d.priority(), now), now);
        repository.add(f);
        record(f, new Feedback.Step("record", null, FeedbackStatus.RECEIVED, "feedback.public.received"), commune.fullName(), c, now);
        audit.record(c, SUBJECT, String.valueOf(f.id()), "record", null, f.status().name(), d.channel() + " " + code, now);
        arrived.fire(new FeedbackEvents.Arrived(commune.code(), f.id(), code, f.title(), false));
        return view(c, f, language);
    }

    public FeedbackView accept(long id, String assignee, String language) {
        return step(id, FeedbackAction.ACCEPT, (c, f, now) -> f.accept(assignee, c.username(), now), null, language);
    }

    public FeedbackView start(long id, String language) {
        return step(id, FeedbackAction.START, (c, f, now) -> f.start(now), null, language);
    }

    public FeedbackView draft(long id, String answer, String language) {
        if (answer != null && answer.length() > 10_000) {
            throw new ValidationFailedException(List.of(Violation.of("answer", Violation.TOO_LONG, 10_000)));
        }
        FeedbackView v = step(id, FeedbackAction.DRAFT, (c, f, now) -> f.draft(answer, c.username(), now), null, language);
        drafted.fire(new FeedbackEvents.AnswerDrafted(v.handlingUnit(), v.id(), v.code(), v.title()));
        return v;
    }

    /** A leader of the handling unit approves the drafted answer: it is published, personal data taken out. */
    public FeedbackView approve(long id, String language) {
        return step(id, FeedbackAction.APPROVE, (c, f, now) -> f.approve(c.username(), now), null, language);
    }

    public FeedbackView close(long id, String language) {
        return step(id, FeedbackAction.CLOSE, (c, f, now) -> f.close(now), null, language);
    }

    /** To another unit: up to the province (or the ministry), to a neighbouring commune, or taken over from above. */
    public FeedbackView transfer(long id, String toUnit, String reason, String language) {
        Caller c = handler();
        OrgUnit to = toUnit == null ? null : units.find(toUnit.strip()).orElse(null);
        if (to == null) {
            throw new ValidationFailedException(List.of(Violation.of("to", "unknownTarget", toUnit)));
        }
        if (!transferTargets(own(c)).contains(to.code())) {
            throw new ValidationFailedException(List.of(Violation.of("to", "targetNotBelow", to.code())));
        }
        if (reason != null && reason.length() > 2000) {
            throw new ValidationFailedException(List.of(Violation.of("reason", Violation.TOO_LONG, 2000)));
        }
        FeedbackView v = step(id, FeedbackAction.TRANSFER, (x, f, now) -> f.transfer(to.code(), reason,
                deadlines.due(f.category(), f.priority(), now), now), to.fullName() + ": " + reason, language);
        arrived.fire(new FeedbackEvents.Arrived(to.code(), v.id(), v.code(), v.title(), true));
        return v;
    }

    /** Rejected with a reason; a duplicate names the code of the item it joins (one the caller sees). */
    public FeedbackView reject(long id, String kind, String reason, String duplicateOf, String language) {
        RejectKind k;
        try {
            k = kind == null ? null : RejectKind.valueOf(kind.strip());
        } catch (IllegalArgumentException e) {
            throw new ValidationFailedException(List.of(Violation.of("kind", "notAllowed", kind)));
        }
        Long target = null;
        if (k == RejectKind.DUPLICATE) {
            Caller c = handler();
            String code = TrackingCode.normalise(duplicateOf);
            Feedback into = (code == null ? Optional.<Feedback>empty() : repository.byCode(code))
                    .filter(x -> x.id() != id && x.mergedInto() == null)
                    .orElseThrow(() -> new ValidationFailedException(List.of(Violation.of("duplicateOf", "feedback.unknownCode"))));
            visible(c, Optional.of(into));
            target = into.id();
        }
        Long mergedInto = target;
        return step(id, FeedbackAction.REJECT, (c, f, now) -> f.reject(k, reason, mergedInto, now), reason, language);
    }

    /**
     * A bulletin of the caller's unit answers a group of items on the loudspeakers ("trả lời qua loa"): each item
     * (given by its code, handled by the caller's unit) is linked to it, its history says so, and its tracking page
     * shows the bulletin once it is approved. All or none.
     *
     * @return the items linked
     */
    public List<FeedbackView> answerOnAir(long bulletinId, List<String> codes, String language) {
        Caller c = handler();
        OrgUnit me = own(c);
        vn.nguon.broadcast.application.PublicBroadcasts.Summary b = broadcasts.summary(bulletinId)
                .filter(x -> x.ownerUnit().equals(me.code()) && !"CANCELLED".equals(x.status()) && !"REJECTED".equals(x.status()))
                .orElseThrow(() -> new ValidationFailedException(List.of(Violation.of("bulletinId", "feedback.unknownBulletin", bulletinId))));
        if (codes == null || codes.isEmpty() || codes.size() > 100) {
            throw new ValidationFailedException(List.of(Violation.of("codes", codes == null || codes.isEmpty() ? Violation.REQUIRED
                    : Violation.TOO_LARGE, 100)));
        }
        List<Feedback> items = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = TrackingCode.normalise(codes.get(i));
            int at = i;
            Feedback f = (code == null ? Optional.<Feedback>empty() : repository.byCode(code)).flatMap(x -> repository.lock(x.id()))
                    .filter(x -> x.handlingUnit().equals(me.code()))
                    .orElseThrow(() -> new ValidationFailedException(List.of(Violation.of("codes[" + at + "]", "feedback.unknownCode"))));
            items.add(f);
        }
        Instant now = clock.instant();
        List<FeedbackView> out = new ArrayList<>();
        for (Feedback f : items) {
            Feedback.Step step = f.answerOnAir(bulletinId, now);
            repository.addEvent(new FeedbackEvent(f.id(), step, f.handlingUnit(), b.title(), c.username(), now));
            audit.record(c, SUBJECT, String.valueOf(f.id()), "onAir", f.status().name(), f.status().name(), "bulletin " + bulletinId, now);
            out.add(view(c, f, language));
        }
        return out;
    }

    /** An internal note (never public). */
    public FeedbackView note(long id, String text, String language) {
        Caller c = handler();
        if (text == null || text.isBlank()) {
            throw new ValidationFailedException(List.of(Violation.of("note", Violation.REQUIRED)));
        }
        if (text.length() > FeedbackNote.MAX) {
            throw new ValidationFailedException(List.of(Violation.of("note", Violation.TOO_LONG, FeedbackNote.MAX)));
        }
        Feedback f = visible(c, repository.lock(id));
        if (!FeedbackAccess.allowed(c, own(c), f, unit(f.handlingUnit())).contains(FeedbackAction.NOTE)) {
            throw refused(c, "note", f);
        }
        Instant now = clock.instant();
        repository.addNote(new FeedbackNote(f.id(), c.unit().code(), c.username(), now, text.strip()));
        audit.record(c, SUBJECT, String.valueOf(id), "note", f.status().name(), f.status().name(), null, now);
        return view(c, f, language);
    }

    /** The units the caller may send an item to: the unit above, the communes beside or below, itself (taking over). */
    public Map<String, String> transferChoices() {
        Caller c = handler();
        Map<String, String> out = new LinkedHashMap<>();
        for (String code : transferTargets(own(c))) {
            out.put(code, name(code));
        }
        return out;
    }

    /**
     * The deadline round: each open item past its deadline, not yet escalated, is escalated — the unit above its
     * handling unit (the province, for a commune) is told — once.
     *
     * @return how many were escalated
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int escalateOverdue() {
        Instant now = clock.instant();
        int n = 0;
        for (Long id : repository.overdue(now, 200)) {
            Feedback f = repository.lock(id).orElse(null);
            if (f == null || !f.overdue(now) || f.escalatedAt() != null) {
                continue;
            }
            Feedback.Step step = f.escalate(now);
            OrgUnit handling = unit(f.handlingUnit());
            OrgUnit above = handling.parent() == null ? handling : handling.parent();
            repository.addEvent(new FeedbackEvent(f.id(), step, f.handlingUnit(), above.fullName(), "system", now));
            audit.recordAs("system", f.handlingUnit(), SUBJECT, String.valueOf(id), "escalate", f.status().name(), f.status().name(),
                    above.code(), now);
            overdue.fire(new FeedbackEvents.Overdue(above.code(), f.handlingUnit(), f.id(), f.code(), f.title()));
            n++;
        }
        return n;
    }

    // ---- steps

    @FunctionalInterface
    interface Move {
        Feedback.Step apply(Caller c, Feedback f, Instant now);
    }

    private FeedbackView step(long id, FeedbackAction action, Move move, String detail, String language) {
        Caller c = handler();
        Feedback f = visible(c, repository.lock(id));
        if (!FeedbackAccess.allowed(c, own(c), f, unit(f.handlingUnit())).contains(action)) {
            throw refused(c, action.name().toLowerCase(java.util.Locale.ROOT), f);
        }
        Instant now = clock.instant();
        String unitBefore = f.handlingUnit();
        Feedback.Step step = move.apply(c, f, now);
        repository.addEvent(new FeedbackEvent(f.id(), step, unitBefore, detail, c.username(), now));
        audit.record(c, SUBJECT, String.valueOf(id), step.action(), step.from() == null ? null : step.from().name(), step.to().name(),
                detail, now);
        return view(c, f, language);
    }

    private Caller handler() {
        Caller c = callers.current();
        if (!FeedbackAccess.handler(c)) {
            throw new AccessRefusedException(c.username() + " does not handle feedback");
        }
        return c;
    }

    private Feedback visible(Caller c, Optional<Feedback> f) {
        OrgUnit me = own(c);
        return f.filter(x -> FeedbackAccess.sees(me, unit(x.handlingUnit()), unit(x.commune())))
                .orElseThrow(() -> new AccessRefusedException(c.username() + " may not see this feedback"));
    }

    /** The caller's unit and the units below it; null for the ministry (everything). */
    private Set<String> visibleUnits(OrgUnit me) {
        if (me.level() == UnitLevel.MINISTRY) {
            return null;
        }
        Set<String> s = new HashSet<>();
        s.add(me.code());
        if (me.level() == UnitLevel.PROVINCE) {
            units.children(me.code()).forEach(u -> s.add(u.code()));
        }
        return s;
    }

    private List<String> transferTargets(OrgUnit me) {
        List<String> out = new ArrayList<>();
        if (me.parent() != null) {
            out.add(me.parent().code());
            if (me.level() == UnitLevel.COMMUNE) {
                units.children(me.parent().code()).stream().map(OrgUnit::code).filter(x -> !x.equals(me.code())).forEach(out::add);
            }
        }
        if (me.level() != UnitLevel.COMMUNE) {
            out.add(me.code());
            if (me.level() == UnitLevel.PROVINCE) {
                units.children(me.code()).forEach(u -> out.add(u.code()));
            }
        }
        return out;
    }

    private FeedbackView view(Caller c, Feedback f, String language) {
        OrgUnit me = own(c);
        OrgUnit handling = unit(f.handlingUnit());
        boolean personal = FeedbackAccess.seesPersonalData(me, handling);
        Instant now = clock.instant();
        Instant linksUntil = now.plus(Duration.ofHours(4)).truncatedTo(ChronoUnit.HOURS);
        List<FeedbackView.Attachment> attachments = f.files().stream().map(id -> files.info(id)
                .map(i -> new FeedbackView.Attachment(i, links.path(id, linksUntil))).orElse(null)).filter(java.util.Objects::nonNull).toList();
        List<FeedbackView.Step> history = repository.events(f.id()).stream().map(e -> new FeedbackView.Step(e.at(), e.action(),
                e.from() == null ? null : e.from().name(), e.to() == null ? null : e.to().name(), name(e.unit()), e.by(), e.detail())).toList();
        List<FeedbackView.Note> notes = repository.notes(f.id()).stream()
                .map(n -> new FeedbackView.Note(n.at(), n.by(), name(n.unit()), n.text())).toList();
        String merged = f.mergedInto() == null ? null : repository.find(f.mergedInto()).map(Feedback::code).orElse(null);
        List<String> duplicates = repository.duplicatesOf(f.id()).stream().map(Feedback::code).toList();
        Map<String, String> categories = categoryNames(language);
        return new FeedbackView(f.id(), f.code(), f.title(), f.text(), f.category(), categories.getOrDefault(f.category(), f.category()),
                f.commune(), name(f.commune()), f.handlingUnit(), handling.fullName(), f.status().name(), f.priority().name(),
                f.channel().name(), f.latitude(), f.longitude(),
                personal && (f.citizenName() != null || f.citizenPhone() != null || f.citizenEmail() != null)
                        ? new FeedbackView.Citizen(f.citizenName(), f.citizenPhone(), f.citizenEmail()) : null,
                f.anonymous(), f.receivedAt(), f.dueAt(), f.overdue(now), f.escalatedAt(), f.assignee(), f.answerDraft(), f.draftedBy(),
                f.answerPublic(), f.answeredBy(), f.answeredAt(), f.rating(), f.ratingComment(), f.reopenCount(),
                f.rejectKind() == null ? null : f.rejectKind().name(), f.rejectReason(), merged, duplicates, f.transferReason(),
                f.transferredFrom() == null ? null : name(f.transferredFrom()), attachments, history, notes,
                FeedbackAccess.allowed(c, me, f, handling), f.version());
    }

    private Map<String, String> categoryNames(String language) {
        Map<String, String> m = new LinkedHashMap<>();
        repository.categories(null).forEach(x -> m.put(x.code(), x.name(language)));
        return m;
    }

    private void record(Feedback f, Feedback.Step step, String detail, Caller c, Instant now) {
        repository.addEvent(new FeedbackEvent(f.id(), step, f.handlingUnit(), detail, c.username(), now));
    }

    private OrgUnit own(Caller c) {
        return unit(c.unit().code());
    }

    private OrgUnit unit(String code) {
        return units.find(code).orElseThrow(() -> new AccessRefusedException("no unit " + code));
    }

    private String name(String code) {
        return units.find(code).map(OrgUnit::fullName).orElse(code);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static AccessRefusedException refused(Caller c, String step, Feedback f) {
        return new AccessRefusedException(c.username() + " may not " + step + " feedback " + f.id() + " (" + f.status() + ", "
                + f.handlingUnit() + ")");
    }
}
