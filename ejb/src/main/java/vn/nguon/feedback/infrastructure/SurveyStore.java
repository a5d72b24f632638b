package vn.nguon.feedback.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import vn.nguon.feedback.domain.Survey;
import vn.nguon.feedback.domain.SurveyResponse;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where surveys and their answers are kept. */
@ApplicationScoped
public class SurveyStore {

    @PersistenceContext(unitName = "nguon")
    EntityManager em;

    public void add(Survey s) {
        em.persist(s);
        em.flush();
    }

    public Optional<Survey> find(long id) {
        return Optional.ofNullable(em.find(Survey.class, id));
    }

    public Optional<Survey> lock(long id) {
        return Optional.ofNullable(em.find(Survey.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The surveys of these owners, newest first. */
    public List<Survey> of(List<String> owners, int max) {
        return em.createQuery("select s from Survey s where s.ownerUnit in :o order by s.id desc", Survey.class).setParameter("o", owners)
                .setMaxResults(max).getResultList();
    }

    public void add(SurveyResponse r) {
        em.persist(r);
        em.flush();
    }

    public boolean answered(long surveyId, String tokenHash) {
        return !em.createQuery("select r.id from SurveyResponse r where r.surveyId = :s and r.tokenHash = :t", Long.class)
                .setParameter("s", surveyId).setParameter("t", tokenHash).setMaxResults(1).getResultList().isEmpty();
    }

    public long fromClient(long surveyId, String clientHash, Instant since) {
        return em.createQuery("select count(r) from SurveyResponse r where r.surveyId = :s and r.clientHash = :c and r.answeredAt >= :since",
                Long.class).setParameter("s", surveyId).setParameter("c", clientHash).setParameter("since", since).getSingleResult();
    }

    public List<SurveyResponse> responses(long surveyId) {
        return em.createQuery("select r from SurveyResponse r where r.surveyId = :s order by r.id", SurveyResponse.class)
                .setParameter("s", surveyId).getResultList();
    }
}
