package vn.nguon.reporting.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Document numbers per issuing unit and year, gap-free: the upsert locks the unit's row until the
 * signing transaction ends, so concurrent signatures in one unit take turns, and a rolled-back
 * signature gives its number back.
 */
@ApplicationScoped
public class DocumentNumbers {

    @PersistenceContext(unitName = "nguon")
    EntityManager em;

    public int next(String unitCode, int year) {
        Number n = (Number) em.createNativeQuery("""
                        INSERT INTO document_number (unit_code, year, last_number) VALUES (?1, ?2, 1)
                        ON CONFLICT (unit_code, year) DO UPDATE SET last_number = document_number.last_number + 1
                        RETURNING last_number""")
                .setParameter(1, unitCode).setParameter(2, year)
                .getSingleResult();
        return n.intValue();
    }

    /** The number the unit's next signature would take now (another signature may take it first). */
    public int peek(String unitCode, int year) {
        Number n = (Number) em.createNativeQuery("""
                        SELECT COALESCE(MAX(last_number), 0) + 1 FROM document_number WHERE unit_code = ?1 AND year = ?2""")
                .setParameter(1, unitCode).setParameter(2, year)
                .getSingleResult();
        return n.intValue();
    }
}
