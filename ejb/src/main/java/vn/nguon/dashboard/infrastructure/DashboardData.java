package vn.nguon.dashboard.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.nguon.dashboard.domain.CommuneFigures;
import vn.nguon.dashboard.domain.Indicator;
import vn.nguon.shared.db.NativeSql;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures the dashboards start from, read for every commune under a unit in a few statements: the latest
 * accepted report of the strategy's template per commune (its date and the fields the indicators read), the
 * devices registered and online by type, the feedback of the last twelve months. Read-only; the reports,
 * devices and feedback stay their features' own.
 */
@ApplicationScoped
public class DashboardData {

    @PersistenceContext(unitName = "nguon")
    EntityManager em;

    /** Which communes: all (the ministry), a province's, or one. */
    private static final String UNDER = """
            (c.code = ?1 or c.parent_code = ?1 or exists (select 1 from org_unit p where p.code = c.parent_code and p.parent_code = ?1))
            and c.level = 'COMMUNE'""";

    @SuppressWarnings("unchecked")
    public Map<String, CommuneFigures> communes(String unit, Instant now) {
        return communes(unit, now, -1);
    }

    /**
     * @param period a reporting period's id: each commune's accepted report of that period only (a commune without one has
     *               no reported values); negative: each commune's latest accepted report
     */
    @SuppressWarnings("unchecked")
    public Map<String, CommuneFigures> communes(String unit, Instant now, long period) {
        Map<String, CommuneFigures.Builder> out = new LinkedHashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("select c.code, c.unit_type, c.parent_code from org_unit c where "
                + UNDER + " order by c.code").setParameter(1, unit).setHint(NativeSql.TABLES, "org_unit").getResultList()) {
            out.put((String) r[0], new CommuneFigures.Builder((String) r[0], "Phường".equals(r[1]), (String) r[2]));
        }
        if (out.isEmpty()) {
            return Map.of();
        }
        // the latest accepted report of the strategy's template, per commune, and the fields the indicators read
        Map<Long, String> reports = new HashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                        select distinct on (r.unit_code) r.unit_code, r.id, p.name, p.cutoff_date
                        from report r join reporting_period p on p.id = r.period_id join org_unit c on c.code = r.unit_code
                        where r.status = 'ACCEPTED' and p.template_code = ?2 and (?3 < 0 or p.id = ?3) and """ + UNDER + """
                         order by r.unit_code, p.cutoff_date desc, r.id desc""")
                .setParameter(1, unit).setParameter(2, Indicator.TEMPLATE).setParameter(3, period)
                .setHint(NativeSql.TABLES, "report").getResultList()) {
            reports.put(((Number) r[1]).longValue(), (String) r[0]);
            out.get((String) r[0]).report(((Number) r[1]).longValue(), (String) r[2], ((java.sql.Date) r[3]).toLocalDate());
        }
        if (!reports.isEmpty()) {
            for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                            select report_id, field_key, value from report_value
                            where report_id = any(cast(?1 as bigint[])) and field_key = any(cast(?2 as text[]))""")
                    .setParameter(1, NativeSql.array(List.copyOf(reports.keySet()), String::valueOf))
                    .setParameter(2, NativeSql.array(Indicator.FIELDS, s -> s))
                    .setHint(NativeSql.TABLES, "report_value").getResultList()) {
                out.get(reports.get(((Number) r[0]).longValue())).value((String) r[1], (String) r[2]);
            }
        }
        for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                        select d.unit_code, d.type, count(*), count(*) filter (where d.online) from device d join org_unit c on c.code = d.unit_code
                        where """ + UNDER + " group by d.unit_code, d.type")
                .setParameter(1, unit).setHint(NativeSql.TABLES, "device").getResultList()) {
            out.get((String) r[0]).devices((String) r[1], ((Number) r[2]).longValue(), ((Number) r[3]).longValue());
        }
        for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                        select f.commune_code, count(*), count(*) filter (where f.status in ('ANSWERED', 'CLOSED', 'REJECTED'))
                        from feedback f join org_unit c on c.code = f.commune_code
                        where f.received_at >= ?2 and f.merged_into is null and """ + UNDER + " group by f.commune_code")
                .setParameter(1, unit).setParameter(2, now.minus(java.time.Duration.ofDays(365)))
                .setHint(NativeSql.TABLES, "feedback").getResultList()) {
            out.get((String) r[0]).feedback(((Number) r[1]).longValue(), ((Number) r[2]).longValue());
        }
        Map<String, CommuneFigures> built = new LinkedHashMap<>();
        out.forEach((k, b) -> built.put(k, b.build()));
        return built;
    }

    /** A province's own targets file: its name, text, who uploaded it and when. */
    public record TargetsFile(String province, String name, String content, String uploadedBy, Instant uploadedAt) {
    }

    /** The provinces' own targets files, by province: one province's ({@code province}), or every province's (null). */
    @SuppressWarnings("unchecked")
    public Map<String, TargetsFile> targetsFiles(String province) {
        Map<String, TargetsFile> out = new HashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                        select owner_unit, file_name, content, uploaded_by, uploaded_at from dashboard_target_file
                        where ?1 = '' or owner_unit = ?1""")
                .setParameter(1, province == null ? "" : province).setHint(NativeSql.TABLES, "dashboard_target_file").getResultList()) {
            out.put((String) r[0], new TargetsFile((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                    r[4] instanceof Instant i ? i : r[4] instanceof java.time.OffsetDateTime o ? o.toInstant() : ((java.sql.Timestamp) r[4]).toInstant()));
        }
        return out;
    }

    public void saveTargetsFile(TargetsFile f) {
        em.createNativeQuery("""
                        insert into dashboard_target_file (owner_unit, file_name, content, uploaded_by, uploaded_at) values (?1, ?2, ?3, ?4, ?5)
                        on conflict (owner_unit) do update set file_name = excluded.file_name, content = excluded.content,
                            uploaded_by = excluded.uploaded_by, uploaded_at = excluded.uploaded_at""")
                .setParameter(1, f.province()).setParameter(2, f.name()).setParameter(3, f.content()).setParameter(4, f.uploadedBy())
                .setParameter(5, f.uploadedAt()).setHint(NativeSql.TABLES, "dashboard_target_file").executeUpdate();
    }

    public int removeTargetsFile(String province) {
        return em.createNativeQuery("delete from dashboard_target_file where owner_unit = ?1").setParameter(1, province)
                .setHint(NativeSql.TABLES, "dashboard_target_file").executeUpdate();
    }

    /** A reporting period of the strategy's template, with what its accepted reports said, per commune. */
    public record PeriodValues(long period, String name, java.time.LocalDate cutoff, Map<String, Map<String, String>> byCommune) {
    }

    /** The accepted reports of every period of the strategy's template, oldest first, for the communes under a unit (the trend). */
    @SuppressWarnings("unchecked")
    public List<PeriodValues> periods(String unit) {
        Map<Long, PeriodValues> out = new LinkedHashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                        select p.id, p.name, p.cutoff_date, r.unit_code, v.field_key, v.value
                        from report r join reporting_period p on p.id = r.period_id join org_unit c on c.code = r.unit_code
                             join report_value v on v.report_id = r.id
                        where r.status = 'ACCEPTED' and p.template_code = ?2 and v.field_key = any(cast(?3 as text[])) and """ + UNDER + """
                         order by p.cutoff_date, p.id""")
                .setParameter(1, unit).setParameter(2, Indicator.TEMPLATE).setParameter(3, NativeSql.array(Indicator.FIELDS, x -> x))
                .setHint(NativeSql.TABLES, "report").getResultList()) {
            long id = ((Number) r[0]).longValue();
            out.computeIfAbsent(id, k -> new PeriodValues(k, (String) r[1], ((java.sql.Date) r[2]).toLocalDate(), new HashMap<>()))
                    .byCommune().computeIfAbsent((String) r[3], k -> new HashMap<>()).put((String) r[4], (String) r[5]);
        }
        return List.copyOf(out.values());
    }
}
