package vn.nguon.feedback.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where feedback is kept. Reads that list items take the units the caller may see: scoping is the caller's. */
public interface FeedbackRepository {

    /** A page of the queue: the items handled by {@code units} (or concerning communes among them). */
    record Query(Set<String> units, FeedbackStatus status, boolean overdueOnly, String category, String text, int first, int max) {
    }

    void add(Feedback f);

    Optional<Feedback> find(long id);

    Optional<Feedback> lock(long id);

    Optional<Feedback> byCode(String code);

    List<Feedback> list(Query q, Instant now);

    long count(Query q, Instant now);

    void addEvent(FeedbackEvent e);

    List<FeedbackEvent> events(long feedbackId);

    void addNote(FeedbackNote n);

    List<FeedbackNote> notes(long feedbackId);

    List<FeedbackCategory> categories(String province);

    Optional<FeedbackCategory> category(String code);

    Set<LocalDate> holidays();

    /** How many items came from a client since {@code since} (rate limit). */
    long fromClient(String clientHash, Instant since);

    /** Open items past their deadline, not yet escalated (at most {@code max}, oldest first). */
    List<Long> overdue(Instant now, int max);

    /**
     * Public listing (Open311 GET requests): by ids, or received in [from, to) — optionally of a category, a
     * commune, open or closed — newest first, at most {@code max}.
     */
    List<Feedback> publicList(List<Long> ids, String category, String commune, Instant from, Instant to, Boolean open, int max);

    /** Answered items concerning {@code commune} (answered or closed), newest answer first. */
    List<Feedback> answered(String commune, int max);

    /** A commune's figures since {@code since}: received, answered, answered on time, rated, satisfied. */
    long[] figures(String commune, Instant since);

    /** Figures of one group (a commune, a province or a category): see {@link #statistics}. */
    record Stat(String key, long received, long answered, long onTime, long overdue, long rated, long satisfied) {
    }

    /**
     * Feedback received in [from, to) concerning the communes below (or equal to) {@code unit}, counted per
     * {@code by}: "commune", "province" or "category" — received, answered, answered on time, open past the
     * deadline at {@code now}, rated, satisfied. Duplicates merged into another item are not counted again.
     */
    List<Stat> statistics(String unit, String by, Instant from, Instant to, Instant now);

    /** Items rejected as duplicates of {@code id}. */
    List<Feedback> duplicatesOf(long id);
}
