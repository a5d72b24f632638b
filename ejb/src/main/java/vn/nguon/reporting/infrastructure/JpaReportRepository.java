package vn.nguon.reporting.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.nguon.reporting.domain.Report;
import vn.nguon.reporting.domain.ReportRepository;
import vn.nguon.reporting.domain.ReportStatus;
import vn.nguon.reporting.domain.ReportSubmission;
import vn.nguon.reporting.domain.ReportingPeriod;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaReportRepository implements ReportRepository {

    @PersistenceContext(unitName = "nguon")
    EntityManager em;

    @Override
    public Optional<ReportingPeriod> period(long id) {
        return Optional.ofNullable(em.find(ReportingPeriod.class, id));
    }

    @Override
    public List<ReportingPeriod> periods() {
        return em.createQuery("select p from ReportingPeriod p order by p.openedAt desc, p.id desc", ReportingPeriod.class)
                .getResultList();
    }

    @Override
    public void add(ReportingPeriod period) {
        em.persist(period);
    }

    @Override
    public Optional<Report> find(long id) {
        return Optional.ofNullable(em.find(Report.class, id));
    }

    @Override
    public Optional<Report> find(long periodId, String unitCode) {
        return em.createQuery("select r from Report r where r.period.id = :p and r.unitCode = :u", Report.class)
                .setParameter("p", periodId).setParameter("u", unitCode)
                .getResultStream().findFirst();
    }

    @Override
    public void add(Report report) {
        em.persist(report);
    }

    @Override
    public void add(ReportSubmission submission) {
        em.persist(submission);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public List<ReportSubmission> submissions(long reportId) {
        return em.createQuery("select s from ReportSubmission s where s.reportId = :r order by s.revision desc, s.id desc",
                ReportSubmission.class).setParameter("r", reportId).getResultList();
    }

    @Override
    public Map<String, Map<String, String>> acceptedValuesOfChildren(long periodId, String parentCode) {
        List<Object[]> rows = em.createQuery("""
                        select r.unitCode, key(v), value(v) from Report r join r.values v, OrgUnit u
                        where u.code = r.unitCode and u.parent.code = :parent
                          and r.period.id = :period and r.status = :accepted""", Object[].class)
                .setParameter("parent", parentCode).setParameter("period", periodId)
                .setParameter("accepted", ReportStatus.ACCEPTED)
                .getResultList();
        Map<String, Map<String, String>> byUnit = new HashMap<>();
        for (Object[] row : rows) {
            byUnit.computeIfAbsent((String) row[0], k -> new HashMap<>()).put((String) row[1], (String) row[2]);
        }
        return byUnit;
    }

    @Override
    public List<BoardRow> board(long periodId, String parentCode) {
        return em.createQuery("""
                        select u.code, u.type, u.name, r.id, r.status, r.revision, r.submittedAt, r.updatedAt,
                               (select max(d.id) from SignedDocument d where d.reportId = r.id)
                        from OrgUnit u left join Report r on r.unitCode = u.code and r.period.id = :period
                        where u.parent.code = :parent order by u.code""", Object[].class)
                .setParameter("parent", parentCode).setParameter("period", periodId)
                .getResultStream()
                .map(o -> new BoardRow((String) o[0], o[1] + " " + o[2], (Long) o[3], (ReportStatus) o[4],
                        (Integer) o[5], (Instant) o[6], (Instant) o[7], (Long) o[8]))
                .toList();
    }
}
