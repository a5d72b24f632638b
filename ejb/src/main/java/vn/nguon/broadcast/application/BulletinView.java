package vn.nguon.broadcast.application;

import vn.nguon.broadcast.domain.AlertInfo;
import vn.nguon.broadcast.domain.Bulletin;
import vn.nguon.broadcast.domain.DeliveryState;
import vn.nguon.broadcast.domain.Target;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A bulletin as its readers see it, with the actions the caller may take and its delivery outcomes; a relay
 * of the source library names its item and its source ({@code sourceNote}: "Nguồn: …, ngày …").
 */
public record BulletinView(long id, String kind, String ownerUnit, String ownerName, String title, String category,
                           String priority, String status, int revision, Instant startsAt, Instant expiresAt,
                           String recurrence, List<String> days, List<LocalTime> times, LocalDate repeatUntil,
                           Integer volume, Instant nextSlotAt, List<VersionView> versions, List<TargetView> targets,
                           AlertView alert, String createdBy, Instant createdAt, String decidedBy, Instant decidedAt,
                           String decisionReason, long version, Set<BroadcastAction> actions,
                           Map<DeliveryState, Long> outcomes, Long sourceItemId, String sourceNote, BoardView board)
                                   implements java.io.Serializable {

    /** What e-boards show of the bulletin: a short text and/or a picture (a stored image). */
    public record BoardView(String text, Long imageId) implements java.io.Serializable {
    }

    public record VersionView(String language, String text, Long mediaId, List<String> playsIn) implements java.io.Serializable {
    }

    /** @param label what the target is, in words ("Tỉnh Lai Châu", "Cụm loa thôn Nà Cúng (D-03390-0001)") */
    public record TargetView(String kind, String code, String label) implements java.io.Serializable {
    }

    public record AlertView(String event, String severity, String urgency, String certainty, String area, String instruction)
            implements java.io.Serializable {
        static AlertView of(AlertInfo a) {
            return a == null ? null : new AlertView(a.event(), a.severity(), a.urgency(), a.certainty(), a.area(), a.instruction());
        }
    }

    public boolean may(BroadcastAction action) {
        return actions.contains(action);
    }

    public long delivered() {
        return outcomes.entrySet().stream().filter(e -> e.getKey() != DeliveryState.QUEUED).mapToLong(Map.Entry::getValue).sum();
    }

    public long total() {
        return outcomes.values().stream().mapToLong(Long::longValue).sum();
    }

    static BulletinView of(Bulletin b, String ownerName, Map<String, String> targetLabels, Set<BroadcastAction> actions,
                           Map<DeliveryState, Long> outcomes) {
        var s = b.schedule();
        return new BulletinView(b.id(), b.kind().name(), b.ownerUnit(), ownerName, b.title(), b.category().name(),
                b.priority().name(), b.status().name(), b.revision(), s.startsAt(), s.expiresAt(), s.recurrence().name(),
                s.days().stream().map(Enum::name).toList(), s.times(), s.repeatUntil(), b.volume(), b.nextSlotAt(),
                b.versions().stream().map(v -> new VersionView(v.language(), v.text(), v.mediaId(), v.playsIn())).toList(),
                b.targets().stream().sorted(java.util.Comparator.comparing(Target::toString))
                        .map(t -> new TargetView(t.kind().name(), t.code(), targetLabels.getOrDefault(t.toString(), t.code()))).toList(),
                AlertView.of(b.alert()), b.createdBy(), b.createdAt(), b.decidedBy(), b.decidedAt(), b.decisionReason(),
                b.version(), actions, outcomes, b.sourceItemId(), b.sourceNote(),
                b.board() == null ? null : new BoardView(b.board().text(), b.board().imageId()));
    }
}
