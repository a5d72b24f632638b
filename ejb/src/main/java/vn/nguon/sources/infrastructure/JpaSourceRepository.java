package vn.nguon.sources.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import vn.nguon.sources.domain.SourceField;
import vn.nguon.sources.domain.SourceItem;
import vn.nguon.sources.domain.SourceRepository;
import vn.nguon.sources.domain.SourceRevision;
import vn.nguon.sources.domain.SourceStatus;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The library on JPA; the search in SQL: the item's generated {@code search} column (weights: title A,
 * summary and tags B, body C) against {@code websearch_to_tsquery('nguon_vi', …)} — the words as typed,
 * quotes for a phrase, {@code -word} to leave out — ranked by {@code ts_rank} on {@code search_head}
 * (title, summary and tags: small, so that thousands of hits of common words rank quickly; a match in the
 * text alone ranks by date), the page and its total in one pass (a window count), and each hit's snippet cut
 * from its summary and the start of its text ({@link vn.nguon.sources.domain.Snippet}).
 */
@ApplicationScoped
public class JpaSourceRepository implements SourceRepository {

    /** How much of the text a snippet is taken from, and how many words it shows. */
    static final int SNIPPET_SOURCE = 6_000;
    static final int SNIPPET_WORDS = 40;

    @PersistenceContext(unitName = "nguon")
    EntityManager em;

    @Override
    public Page search(Scope scope, Query q) {
        boolean words = q.text() != null && !q.text().isBlank();
        // the owner among the caller's chain first: with the words, one scan of the (owner_unit, search) GIN index,
        // which skips through the words' long posting lists guided by the few owners' entries
        StringBuilder where = new StringBuilder("""
                i.owner_unit IN (:chain) AND (i.owner_unit = :me OR (i.status = 'PUBLISHED'
                    AND EXISTS (SELECT 1 FROM source_item_target t WHERE t.item_id = i.id AND t.unit_code IN (:chain))))""");
        List<Object[]> params = new ArrayList<>();
        params.add(new Object[]{"me", scope.unit()});
        params.add(new Object[]{"chain", scope.chain()});
        if (words) {
            where.append(" AND i.search @@ websearch_to_tsquery('nguon_vi', :words)");
            params.add(new Object[]{"words", q.text().strip()});
        }
        if (q.field() != null) {
            where.append(" AND i.field_code = :field");
            params.add(new Object[]{"field", q.field()});
        }
        if (q.tag() != null) {
            where.append(" AND (',' || i.tags || ',') LIKE :tag");
            params.add(new Object[]{"tag", "%," + q.tag().strip().toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + ",%"});
        }
        if (q.owner() != null) {
            where.append(" AND i.owner_unit = :owner");
            params.add(new Object[]{"owner", q.owner()});
        }
        if (q.from() != null) {
            where.append(" AND (i.valid_until IS NULL OR i.valid_until >= :from)");
            params.add(new Object[]{"from", Date.valueOf(q.from())});
        }
        if (q.to() != null) {
            where.append(" AND i.valid_from <= :to");
            params.add(new Object[]{"to", Date.valueOf(q.to())});
        }
        if (q.status() != null) {
            where.append(" AND i.status = :status");
            params.add(new Object[]{"status", q.status().name()});
        }
        String rank = words ? "ts_rank(i.search_head, websearch_to_tsquery('nguon_vi', :words))" : "0";
        String order = words ? "rank DESC, i.published_at DESC NULLS LAST, i.id DESC" : "COALESCE(i.published_at, i.created_at) DESC, i.id DESC";
        // the snippet is cut and marked in Java (Snippet), from the summary and the start of the text
        String snippet = "p.summary || ' ' || left(p.body, " + SNIPPET_SOURCE + ")";
        // one pass over the matching rows: the page and the total (a window count, before the limit)
        String sql = "SELECT p.id, p.owner_unit, p.title, p.field_code, p.tags, p.valid_from, p.valid_until, p.status, p.published_at, p.rank, "
                + snippet + ", p.total FROM (SELECT i.id, i.owner_unit, i.title, i.field_code, i.tags, i.valid_from, i.valid_until, i.status,"
                + " i.published_at, i.created_at, i.summary, i.body, " + rank + " AS rank, count(*) OVER () AS total"
                + " FROM source_item i WHERE " + where + " ORDER BY " + order + " LIMIT :max OFFSET :first) p ORDER BY " + order.replace("i.", "p.");
        jakarta.persistence.Query select = em.createNativeQuery(sql);
        jakarta.persistence.Query count = em.createNativeQuery("SELECT count(*) FROM source_item i WHERE " + where);
        for (Object[] p : params) {
            select.setParameter((String) p[0], p[1]);
            count.setParameter((String) p[0], p[1]);
        }
        select.setParameter("max", q.max()).setParameter("first", q.first());
        List<Hit> hits = new ArrayList<>();
        long total = 0;
        for (Object row : select.getResultList()) {
            Object[] r = (Object[]) row;
            String tags = (String) r[4];
            hits.add(new Hit(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                    tags == null || tags.isEmpty() ? List.of() : Arrays.asList(tags.split(",")), localDate(r[5]), localDate(r[6]),
                    SourceStatus.valueOf((String) r[7]), instant(r[8]), ((Number) r[9]).doubleValue(),
                    vn.nguon.sources.domain.Snippet.of((String) r[10], words ? q.text() : null, SNIPPET_WORDS)));
            total = ((Number) r[11]).longValue();
        }
        if (hits.isEmpty() && q.first() > 0) {
            total = ((Number) count.getSingleResult()).longValue(); // a page past the end: the total from a count of its own
        }
        return new Page(hits, total);
    }

    private static java.time.LocalDate localDate(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof java.time.LocalDate d ? d : ((Date) o).toLocalDate();
    }

    private static java.time.Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof java.time.Instant i) {
            return i;
        }
        if (o instanceof java.time.OffsetDateTime t) {
            return t.toInstant();
        }
        return ((Timestamp) o).toInstant();
    }

    @Override
    public Optional<SourceItem> find(long id) {
        return Optional.ofNullable(em.find(SourceItem.class, id));
    }

    @Override
    public List<SourceItem> publishedFor(List<String> chain, java.time.LocalDate day, int max) {
        return em.createQuery("""
                        select distinct i from SourceItem i join i.targets t
                        where i.status = vn.nguon.sources.domain.SourceStatus.PUBLISHED and i.ownerUnit in :chain and t in :chain
                          and i.validFrom <= :day and (i.validUntil is null or i.validUntil >= :day)
                        order by i.publishedAt desc""", SourceItem.class)
                .setParameter("chain", chain).setParameter("day", day).setMaxResults(max).getResultList();
    }

    @Override
    public Optional<SourceItem> lock(long id) {
        return Optional.ofNullable(em.find(SourceItem.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void add(SourceItem item) {
        em.persist(item);
    }

    @Override
    public void addRevision(SourceRevision revision) {
        em.persist(revision);
    }

    @Override
    public List<SourceRevision> revisions(long itemId) {
        return em.createQuery("select r from SourceRevision r where r.itemId = :id order by r.revision desc", SourceRevision.class)
                .setParameter("id", itemId).getResultList();
    }

    @Override
    public List<SourceField> fields() {
        return em.createQuery("select f from SourceField f order by f.position", SourceField.class).getResultList();
    }

    @Override
    public Optional<SourceField> field(String code) {
        return Optional.ofNullable(em.find(SourceField.class, code));
    }

    @Override
    public void flush() {
        em.flush();
    }
}
