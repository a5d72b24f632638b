package vn.nguon.documents.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.nguon.documents.domain.SignedDocument;
import vn.nguon.documents.domain.SignedDocumentRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaSignedDocumentRepository implements SignedDocumentRepository {

    @PersistenceContext(unitName = "nguon")
    EntityManager em;

    @Override
    public void add(SignedDocument document) {
        em.persist(document);
    }

    @Override
    public Optional<SignedDocument> find(long id) {
        return Optional.ofNullable(em.find(SignedDocument.class, id));
    }

    @Override
    public Optional<SignedDocument> bySha256(String sha256) {
        return em.createQuery("select d from SignedDocument d where d.sha256 = :h", SignedDocument.class)
                .setParameter("h", sha256).getResultStream().findFirst();
    }

    @Override
    public List<SignedDocument> ofReport(long reportId) {
        return em.createQuery("select d from SignedDocument d where d.reportId = :r order by d.revision desc",
                SignedDocument.class).setParameter("r", reportId).getResultList();
    }

    @Override
    public List<SignedDocument> statements(String unitCode) {
        return em.createQuery("select d from SignedDocument d where d.unitCode = :u and d.reportId is null order by d.signedAt desc",
                SignedDocument.class).setParameter("u", unitCode).setMaxResults(50).getResultList();
    }
}
