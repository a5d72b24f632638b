package vn.nguon.feedback.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import vn.nguon.feedback.domain.Feedback;
import vn.nguon.feedback.domain.FeedbackCategory;
import vn.nguon.feedback.domain.FeedbackEvent;
import vn.nguon.feedback.domain.FeedbackNote;
import vn.nguon.feedback.domain.FeedbackRepository;
import vn.nguon.feedback.domain.FeedbackStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaFeedbackRepository implements FeedbackRepository {

    static final Set<FeedbackStatus> OPEN = EnumSet.of(FeedbackStatus.RECEIVED, FeedbackStatus.ACCEPTED, FeedbackStatus.IN_PROGRESS,
            FeedbackStatus.TRANSFERRED, FeedbackStatus.REOPENED);

    @PersistenceContext(unitName = "nguon")
    EntityManager em;

    @Override
    public void add(Feedback f) {
        em.persist(f);
        em.flush();
    }

    @Override
    public Optional<Feedback> find(long id) {
        return Optional.ofNullable(em.find(Feedback.class, id));
    }

    @Override
    public Optional<Feedback> lock(long id) {
        return Optional.ofNullable(em.find(Feedback.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<Feedback> byCode(String code) {
        return em.createQuery("select f from Feedback f where f.code = :c", Feedback.class).setParameter("c", code)
                .getResultStream().findFirst();
    }

    private <T> TypedQuery<T> query(Query q, Instant now, String select, Class<T> type, boolean ordered) {
        StringBuilder jpql = new StringBuilder(select + " from Feedback f where (f.handlingUnit in :units or f.commune in :units)");
        if (q.status() != null) {
            jpql.append(" and f.status = :status");
        }
        if (q.overdueOnly()) {
            jpql.append(" and f.status in :open and f.dueAt < :now");
        }
        if (q.category() != null) {
            jpql.append(" and f.category = :category");
        }
        if (q.text() != null) {
            jpql.append(" and (lower(f.title) like :text or f.code = :code)");
        }
        if (ordered) {
            jpql.append(" order by f.receivedAt desc, f.id desc");
        }
        TypedQuery<T> t = em.createQuery(jpql.toString(), type).setParameter("units", q.units());
        if (q.status() != null) {
            t.setParameter("status", q.status());
        }
        if (q.overdueOnly()) {
            t.setParameter("open", OPEN).setParameter("now", now);
        }
        if (q.category() != null) {
            t.setParameter("category", q.category());
        }
        if (q.text() != null) {
            t.setParameter("text", "%" + q.text().toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + "%")
                    .setParameter("code", q.text().strip().toUpperCase(java.util.Locale.ROOT));
        }
        return t;
    }

    @Override
    public List<Feedback> list(Query q, Instant now) {
        return query(q, now, "select f", Feedback.class, true).setFirstResult(q.first()).setMaxResults(q.max()).getResultList();
    }

    @Override
    public long count(Query q, Instant now) {
        return query(q, now, "select count(f)", Long.class, false).getSingleResult();
    }

    @Override
    public void addEvent(FeedbackEvent e) {
        em.persist(e);
    }

    @Override
    public List<FeedbackEvent> events(long feedbackId) {
        return em.createQuery("select e from FeedbackEvent e where e.feedbackId = :id order by e.at, e.id", FeedbackEvent.class)
                .setParameter("id", feedbackId).getResultList();
    }

    @Override
    public void addNote(FeedbackNote n) {
        em.persist(n);
    }

    @Override
    public List<FeedbackNote> notes(long feedbackId) {
        return em.createQuery("select n from FeedbackNote n where n.feedbackId = :id order by n.at, n.id", FeedbackNote.class)
                .setParameter("id", feedbackId).getResultList();
    }

    @Override
    public List<FeedbackCategory> categories(String province) {
        return em.createQuery("select c from FeedbackCategory c where c.ownerUnit is null or c.ownerUnit = :p order by c.position, c.code",
                FeedbackCategory.class).setParameter("p", province == null ? "" : province).getResultList();
    }

    @Override
    public Optional<FeedbackCategory> category(String code) {
        return Optional.ofNullable(em.find(FeedbackCategory.class, code));
    }

    @Override
    public Set<LocalDate> holidays() {
        Set<LocalDate> days = new HashSet<>();
        for (Object o : em.createNativeQuery("select day from holiday").getResultList()) {
            days.add(o instanceof LocalDate d ? d : ((java.sql.Date) o).toLocalDate());
        }
        return days;
    }

    @Override
    public long fromClient(String clientHash, Instant since) {
        return em.createQuery("select count(f) from Feedback f where f.clientHash = :h and f.receivedAt >= :since", Long.class)
                .setParameter("h", clientHash).setParameter("since", since).getSingleResult();
    }

    @Override
    public List<Long> overdue(Instant now, int max) {
        return em.createQuery("select f.id from Feedback f where f.status in :open and f.dueAt < :now and f.escalatedAt is null order by f.dueAt",
                Long.class).setParameter("open", OPEN).setParameter("now", now).setMaxResults(max).getResultList();
    }

    @Override
    public List<Feedback> publicList(List<Long> ids, String category, String commune, Instant from, Instant to, Boolean open, int max) {
        StringBuilder q = new StringBuilder("select f from Feedback f where 1 = 1");
        if (ids != null && !ids.isEmpty()) {
            q.append(" and f.id in :ids");
        } else {
            q.append(" and f.receivedAt >= :from and f.receivedAt < :to");
        }
        if (category != null) {
            q.append(" and f.category = :category");
        }
        if (commune != null) {
            q.append(" and f.commune = :commune");
        }
        if (open != null) {
            q.append(open ? " and f.status not in :closed" : " and f.status in :closed");
        }
        q.append(" order by f.receivedAt desc, f.id desc");
        TypedQuery<Feedback> t = em.createQuery(q.toString(), Feedback.class);
        if (ids != null && !ids.isEmpty()) {
            t.setParameter("ids", ids);
        } else {
            t.setParameter("from", from).setParameter("to", to);
        }
        if (category != null) {
            t.setParameter("category", category);
        }
        if (commune != null) {
            t.setParameter("commune", commune);
        }
        if (open != null) {
            t.setParameter("closed", EnumSet.of(FeedbackStatus.CLOSED, FeedbackStatus.REJECTED));
        }
        return t.setMaxResults(max).getResultList();
    }

    @Override
    public List<Feedback> answered(String commune, int max) {
        return em.createQuery("select f from Feedback f where f.commune = :c and f.answerPublic is not null and f.mergedInto is null "
                + "order by f.answeredAt desc, f.id desc", Feedback.class).setParameter("c", commune).setMaxResults(max).getResultList();
    }

    @Override
    public long[] figures(String commune, Instant since) {
        Object[] r = (Object[]) em.createNativeQuery("""
                        select count(*), count(answered_at), count(*) filter (where answered_at <= due_at),
                               count(rating), count(*) filter (where rating = 'SATISFIED')
                        from feedback where commune_code = ?1 and received_at >= ?2 and merged_into is null""")
                .setParameter(1, commune).setParameter(2, since).getSingleResult();
        long[] out = new long[r.length];
        for (int i = 0; i < r.length; i++) {
            out[i] = ((Number) r[i]).longValue();
        }
        return out;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Stat> statistics(String unit, String by, Instant from, Instant to, Instant now) {
        String key = switch (by) {
            case "province" -> "c.parent_code";
            case "category" -> "f.category_code";
            default -> "f.commune_code";
        };
        List<Object[]> rows = em.createNativeQuery("""
                        select KEY, count(*), count(f.answered_at), count(*) filter (where f.answered_at <= f.due_at),
                               count(*) filter (where f.status in ('RECEIVED', 'ACCEPTED', 'IN_PROGRESS', 'TRANSFERRED', 'REOPENED')
                                                  and f.due_at < ?4),
                               count(f.rating), count(*) filter (where f.rating = 'SATISFIED')
                        from feedback f join org_unit c on c.code = f.commune_code left join org_unit p on p.code = c.parent_code
                        where (c.code = ?1 or c.parent_code = ?1 or p.parent_code = ?1)
                          and f.received_at >= ?2 and f.received_at < ?3 and f.merged_into is null
                        group by KEY order by 2 desc, 1""".replace("KEY", key))
                .setParameter(1, unit).setParameter(2, from).setParameter(3, to).setParameter(4, now).getResultList();
        return rows.stream().map(r -> new Stat((String) r[0], n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5]), n(r[6]))).toList();
    }

    private static long n(Object o) {
        return ((Number) o).longValue();
    }

    @Override
    public List<Feedback> duplicatesOf(long id) {
        return em.createQuery("select f from Feedback f where f.mergedInto = :id order by f.id", Feedback.class).setParameter("id", id)
                .getResultList();
    }
}
