package vn.nguon.sources.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import vn.nguon.audit.application.AuditLog;
import vn.nguon.broadcast.application.SourceRelays;
import vn.nguon.broadcast.domain.BroadcastRepository;
import vn.nguon.broadcast.domain.BulletinStatus;
import vn.nguon.identity.application.Caller;
import vn.nguon.identity.application.CallerService;
import vn.nguon.kernel.AccessRefusedException;
import vn.nguon.kernel.TransitionRefusedException;
import vn.nguon.kernel.ValidationFailedException;
import vn.nguon.kernel.Violation;
import vn.nguon.org.domain.OrgUnit;
import vn.nguon.org.domain.OrgUnitRepository;
import vn.nguon.org.domain.UnitLevel;
import vn.nguon.sources.domain.RelayCount;
import vn.nguon.sources.domain.RelayRequirement;
import vn.nguon.sources.domain.RelayState;
import vn.nguon.sources.domain.SourceItem;
import vn.nguon.sources.domain.SourceRepository;
import vn.nguon.sources.domain.SourceStatus;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Mandatory relays (yêu cầu phát): the item's owner asks every commune the item is for to broadcast it at
 * least N times between two days; the board counts each commune's plays from the devices' own
 * acknowledgements in the broadcast log (never from what the commune says); communes with nothing done or
 * scheduled are reminded before the last day, and the owner (and, for the ministry's items, each province)
 * is told of the late ones once the window has passed.
 */
@Stateless
@PermitAll
public class RelayTracking {

    /** How many days before the last one the communes with nothing done or scheduled are reminded (daily). */
    static final int REMIND_DAYS_BEFORE = 2;

    @Inject
    CallerService callers;

    @Inject
    SourceRepository repository;

    @Inject
    OrgUnitRepository units;

    @Inject
    SourceRelays relays;

    @Inject
    AuditLog audit;

    @Inject
    Event<SourceEvents.RelayReminder> reminders;

    @Inject
    Event<SourceEvents.RelaysLate> lateNotices;

    @PersistenceContext(unitName = "nguon")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** The requirement as asked: at least {@code minPlays} plays from {@code from} to {@code to}. */
    public record Requirement(Integer minPlays, String from, String to) {
    }

    /** Sets (or changes) the mandatory relay of an item of the caller's own unit. */
    public RelayBoard require(long itemId, Requirement r) {
        Caller c = callers.current();
        SourceItem item = repository.lock(itemId).orElseThrow(() -> new AccessRefusedException("no source item " + itemId));
        if (!SourceAccess.mayWrite(c, item.ownerUnit())) {
            throw new AccessRefusedException(c.username() + " may not require relays of source item " + itemId);
        }
        if (item.status() == SourceStatus.WITHDRAWN) {
            throw new TransitionRefusedException(TransitionRefusedException.NOT_ALLOWED, "source item " + itemId + " is withdrawn");
        }
        List<Violation> v = new ArrayList<>();
        LocalDate from = vn.nguon.shared.IsoTimes.date(v, "from", r == null ? null : r.from());
        LocalDate to = vn.nguon.shared.IsoTimes.date(v, "to", r == null ? null : r.to());
        if (v.isEmpty()) {
            v.addAll(RelayRequirement.problems(r.minPlays(), from, to, today()));
        }
        if (!v.isEmpty()) {
            throw new ValidationFailedException(v);
        }
        RelayRequirement existing = em.find(RelayRequirement.class, itemId, LockModeType.PESSIMISTIC_WRITE);
        String before = existing == null ? null : existing.minPlays() + " × " + existing.from() + "–" + existing.to();
        if (existing == null) {
            em.persist(new RelayRequirement(itemId, r.minPlays(), from, to, c.username(), now()));
        } else {
            existing.change(r.minPlays(), from, to, c.username(), now());
        }
        // the audit's states are short codes: what was asked (old → new) goes in its comment
        audit.record(c, SourceLibrary.SUBJECT, String.valueOf(itemId), "require", null, null,
                (before == null ? "" : before + " → ") + r.minPlays() + " × " + from + "–" + to, now());
        em.flush();
        return board(itemId);
    }

    /** The requirement of an item, if it has one (for the item's page). */
    public Optional<RelayRequirement> requirement(long itemId) {
        return Optional.ofNullable(em.find(RelayRequirement.class, itemId));
    }

    /**
     * The board of an item's mandatory relay for the caller: the owner's units and the units above see every
     * commune the item is for; a unit it was published to sees the communes of its own subtree.
     */
    public RelayBoard board(long itemId) {
        Caller c = callers.current();
        SourceItem item = repository.find(itemId).orElseThrow(() -> new AccessRefusedException("no source item " + itemId));
        OrgUnit me = units.find(c.unit().code()).orElseThrow(() -> new AccessRefusedException("no unit " + c.unit().code()));
        List<String> chain = me.chain().stream().map(OrgUnit::code).toList();
        OrgUnit owner = units.find(item.ownerUnit()).orElseThrow();
        if (!me.oversees(owner) && !SourceAccess.sees(chain, item)) {
            throw new AccessRefusedException(c.username() + " may not see the relays of source item " + itemId);
        }
        RelayRequirement req = requirement(itemId).orElseThrow(() ->
                new TransitionRefusedException(TransitionRefusedException.NOT_ALLOWED, "source item " + itemId + " has no mandatory relay"));
        List<OrgUnit> communes = communes(item).stream().filter(me::oversees).toList();
        return board(item, owner, req, communes, today());
    }

    private RelayBoard board(SourceItem item, OrgUnit owner, RelayRequirement req, List<OrgUnit> communes, LocalDate today) {
        Map<String, BroadcastRepository.Relay> relayOf = new HashMap<>();
        for (BroadcastRepository.Relay r : relays.relays(item.id())) {
            relayOf.putIfAbsent(r.unit(), r); // the newest of each unit comes first
        }
        List<RelayCount.Play> plays = relays.plays(item.id(), req.windowStart(), req.windowEnd()).stream()
                .map(p -> new RelayCount.Play(p.unit(), p.slot(), p.deviceId(), p.village(), p.at())).toList();
        Map<String, RelayCount.Tally> tallies = RelayCount.count(plays, req.windowStart(), req.windowEnd());
        Map<RelayState, Integer> totals = new EnumMap<>(RelayState.class);
        for (RelayState s : RelayState.values()) {
            totals.put(s, 0);
        }
        Map<String, int[]> perProvince = new LinkedHashMap<>();
        List<RelayBoard.Row> rows = new ArrayList<>();
        int relayed = 0;
        int played = 0;
        int devices = 0;
        int villages = 0;
        for (OrgUnit commune : communes) {
            BroadcastRepository.Relay relay = relayOf.get(commune.code());
            RelayCount.Tally t = tallies.getOrDefault(commune.code(), RelayCount.Tally.NONE);
            boolean scheduled = relay != null && relay.status() == BulletinStatus.APPROVED && relay.nextSlotAt() != null
                    && relay.nextSlotAt().isBefore(req.windowEnd());
            RelayState state = RelayCount.state(t, req.minPlays(), scheduled, today, req.to());
            totals.merge(state, 1, Integer::sum);
            OrgUnit province = commune.parent();
            rows.add(new RelayBoard.Row(commune.code(), commune.fullName(), province.code(), province.fullName(),
                    relay == null ? null : relay.bulletinId(), relay == null ? null : relay.status().name(),
                    relay == null ? null : relay.nextSlotAt(), t.plays(), t.devices(), t.villages(), state));
            int[] p = perProvince.computeIfAbsent(province.code(), k -> new int[5]);
            p[0]++;
            p[1 + state.ordinal()]++;
            relayed += relay == null ? 0 : 1;
            played += t.plays();
            devices += t.devices();
            villages += t.villages();
        }
        rows.sort(Comparator.comparing((RelayBoard.Row r) -> r.state().ordinal()).reversed()
                .thenComparing(RelayBoard.Row::provinceName).thenComparing(RelayBoard.Row::communeName));
        List<RelayBoard.ProvinceRow> provinces = perProvince.entrySet().stream().map(e -> {
            int[] p = e.getValue();
            String name = units.find(e.getKey()).map(OrgUnit::fullName).orElse(e.getKey());
            return new RelayBoard.ProvinceRow(e.getKey(), name, p[0], p[1], p[2], p[3], p[4]);
        }).toList();
        return new RelayBoard(item.id(), item.title(), owner.fullName(), req.minPlays(), req.from(), req.to(), totals, rows,
                provinces, relayed, played, devices, villages);
    }

    /** A commune's share of its airtime that came from the source library. */
    public record AirtimeShare(String commune, String communeName, double sourceSeconds, double totalSeconds, int percent)
            implements java.io.Serializable {
    }

    /**
     * For each commune of the caller's subtree that played anything in the last {@code days} days: how much of
     * its airtime relayed source content (from the devices' acknowledgements), the smallest share first.
     */
    public List<AirtimeShare> airtime(int days) {
        Caller c = callers.current();
        int kept = relays.historyDays(); // older deliveries are gone (the retention policy): a longer span would skew the share
        if (days < 1 || days > kept) {
            throw new ValidationFailedException(List.of(Violation.of("days", days < 1 ? Violation.TOO_SMALL : Violation.TOO_LARGE,
                    days < 1 ? 1 : kept)));
        }
        Instant to = now();
        List<AirtimeShare> out = new ArrayList<>();
        for (BroadcastRepository.Airtime a : relays.airtime(c.unit().code(), to.minus(java.time.Duration.ofDays(days)), to)) {
            String name = units.find(a.unit()).map(OrgUnit::fullName).orElse(a.unit());
            int percent = a.totalSeconds() <= 0 ? 0 : (int) Math.round(100.0 * a.sourceSeconds() / a.totalSeconds());
            out.add(new AirtimeShare(a.unit(), name, a.sourceSeconds(), a.totalSeconds(), percent));
        }
        out.sort(Comparator.comparingInt(AirtimeShare::percent).thenComparing(AirtimeShare::communeName));
        return out;
    }

    /** The communes an item is for: the communes of its targets (a province's, all of them for the ministry). */
    List<OrgUnit> communes(SourceItem item) {
        Map<String, OrgUnit> out = new LinkedHashMap<>();
        for (String code : item.targets()) {
            units.find(code).ifPresent(u -> addCommunes(u, out));
        }
        return new ArrayList<>(out.values());
    }

    private void addCommunes(OrgUnit u, Map<String, OrgUnit> out) {
        if (u.level() == UnitLevel.COMMUNE) {
            out.putIfAbsent(u.code(), u);
        } else {
            units.children(u.code()).forEach(child -> addCommunes(child, out));
        }
    }

    /**
     * The daily round (RelayReminders): reminds the communes with nothing done or scheduled of every open
     * requirement whose last day is near (once a day), and tells the owner — and, for the ministry's items,
     * each province — of the late communes once the window has passed (once). Returns how many notices.
     */
    public int remind() {
        LocalDate today = today();
        int sent = 0;
        List<RelayRequirement> open = em.createQuery("select r from RelayRequirement r where r.overdueNoticedAt is null",
                RelayRequirement.class).getResultList();
        for (RelayRequirement req : open) {
            SourceItem item = repository.find(req.itemId()).orElse(null);
            if (item == null || item.status() != SourceStatus.PUBLISHED) {
                continue;
            }
            OrgUnit owner = units.find(item.ownerUnit()).orElseThrow();
            boolean near = !today.isBefore(req.to().minusDays(REMIND_DAYS_BEFORE)) && !today.isAfter(req.to());
            boolean over = today.isAfter(req.to());
            if (!(near && !today.equals(req.remindedOn())) && !over) {
                continue;
            }
            em.lock(req, LockModeType.PESSIMISTIC_WRITE);
            RelayBoard b = board(item, owner, req, communes(item), today);
            if (over) {
                Map<String, int[]> lateByProvince = new LinkedHashMap<>();
                for (RelayBoard.Row r : b.rows()) {
                    int[] n = lateByProvince.computeIfAbsent(r.province(), k -> new int[2]);
                    n[1]++;
                    if (r.state() == RelayState.LATE) {
                        n[0]++;
                    }
                }
                int late = b.totals().get(RelayState.LATE);
                if (late > 0) {
                    lateNotices.fire(new SourceEvents.RelaysLate(owner.code(), item.id(), item.title(), late, b.rows().size(), req.to()));
                    sent++;
                    if (owner.level() == UnitLevel.MINISTRY) {
                        for (Map.Entry<String, int[]> e : lateByProvince.entrySet()) {
                            if (e.getValue()[0] > 0) {
                                lateNotices.fire(new SourceEvents.RelaysLate(e.getKey(), item.id(), item.title(), e.getValue()[0],
                                        e.getValue()[1], req.to()));
                                sent++;
                            }
                        }
                    }
                }
                req.overdueNoticed(now());
            } else {
                for (RelayBoard.Row r : b.rows()) {
                    if (r.state() == RelayState.NOT_YET) {
                        reminders.fire(new SourceEvents.RelayReminder(r.commune(), item.id(), item.title(), req.minPlays(), r.plays(), req.to()));
                        sent++;
                    }
                }
                req.reminded(today);
            }
        }
        return sent;
    }


    private LocalDate today() {
        return now().atZone(SourceLibrary.VIETNAM).toLocalDate();
    }

    private Instant now() {
        return clock.instant();
    }
}
