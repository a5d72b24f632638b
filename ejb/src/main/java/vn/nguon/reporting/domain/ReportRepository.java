package vn.nguon.reporting.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reports, their submissions and periods. Queries that cross units take the unit codes explicitly. */
public interface ReportRepository {

    Optional<ReportingPeriod> period(long id);

    List<ReportingPeriod> periods();

    void add(ReportingPeriod period);

    Optional<Report> find(long id);

    Optional<Report> find(long periodId, String unitCode);

    void add(Report report);

    void add(ReportSubmission submission);

    /** Writes pending changes now, so that versions and ids are current. */
    void flush();

    /** Submissions of a report, newest first. */
    List<ReportSubmission> submissions(long reportId);

    /** The accepted values of the reports of {@code parentCode}'s direct children, by child unit code. */
    Map<String, Map<String, String>> acceptedValuesOfChildren(long periodId, String parentCode);

    /** One row per direct child of {@code parentCode}, with its report for the period if any. */
    List<BoardRow> board(long periodId, String parentCode);

    /** A child unit and the state of its report (status null: nothing started), with its latest signed document. */
    record BoardRow(String unitCode, String unitName, Long reportId, ReportStatus status, Integer revision,
                    java.time.Instant submittedAt, java.time.Instant updatedAt, Long documentId) {
    }
}
