package vn.nguon.sources.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.nguon.kernel.Violation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A mandatory relay of a library item (yêu cầu phát): at least {@link #minPlays} plays between {@link #from}
 * and {@link #to} (Vietnam days, both included) on the loudspeakers of every commune the item is for.
 * Remembers the last day its communes were reminded and when the owner was told of the late ones.
 */
@Entity
@Table(name = "source_requirement")
public class RelayRequirement {

    public static final int MAX_PLAYS = 100;
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Id
    @Column(name = "item_id")
    private Long itemId;
    @Column(name = "min_plays", nullable = false)
    private int minPlays;
    @Column(name = "from_date", nullable = false)
    private LocalDate from;
    @Column(name = "to_date", nullable = false)
    private LocalDate to;
    @Column(name = "set_by", nullable = false, length = 100)
    private String setBy;
    @Column(name = "set_at", nullable = false)
    private Instant setAt;
    @Column(name = "reminded_on")
    private LocalDate remindedOn;
    @Column(name = "overdue_noticed_at")
    private Instant overdueNoticedAt;
    @Version
    private long version;

    protected RelayRequirement() {
    }

    public RelayRequirement(long itemId, int minPlays, LocalDate from, LocalDate to, String by, Instant now) {
        this.itemId = itemId;
        change(minPlays, from, to, by, now);
    }

    /** Every problem of a requirement as asked, by field. */
    public static List<Violation> problems(Integer minPlays, LocalDate from, LocalDate to, LocalDate today) {
        List<Violation> v = new ArrayList<>();
        if (minPlays == null) {
            v.add(Violation.of("minPlays", Violation.REQUIRED));
        } else if (minPlays < 1 || minPlays > MAX_PLAYS) {
            v.add(Violation.of("minPlays", minPlays < 1 ? Violation.TOO_SMALL : Violation.TOO_LARGE, minPlays < 1 ? 1 : MAX_PLAYS));
        }
        if (from == null) {
            v.add(Violation.of("from", Violation.REQUIRED));
        }
        if (to == null) {
            v.add(Violation.of("to", Violation.REQUIRED));
        } else if (from != null && to.isBefore(from)) {
            v.add(Violation.of("to", "source.endBeforeStart"));
        } else if (to.isBefore(today)) {
            v.add(Violation.of("to", "source.endInPast"));
        }
        return v;
    }

    /** A changed requirement: the reminders and the late notice start again. */
    public void change(int minPlays, LocalDate from, LocalDate to, String by, Instant now) {
        this.minPlays = minPlays;
        this.from = from;
        this.to = to;
        this.setBy = by;
        this.setAt = now;
        this.remindedOn = null;
        this.overdueNoticedAt = null;
    }

    /** The window as instants: from the first day's start to the day after the last (Vietnam time). */
    public Instant windowStart() {
        return from.atStartOfDay(VIETNAM).toInstant();
    }

    public Instant windowEnd() {
        return to.plusDays(1).atStartOfDay(VIETNAM).toInstant();
    }

    public void reminded(LocalDate day) {
        remindedOn = day;
    }

    public void overdueNoticed(Instant at) {
        overdueNoticedAt = at;
    }

    public Long itemId() { return itemId; }
    public int minPlays() { return minPlays; }
    public LocalDate from() { return from; }
    public LocalDate to() { return to; }
    public String setBy() { return setBy; }
    public Instant setAt() { return setAt; }
    public LocalDate remindedOn() { return remindedOn; }
    public Instant overdueNoticedAt() { return overdueNoticedAt; }
}
