package vn.nguon.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.nguon.audit.domain.AuditEvent;
import vn.nguon.documents.application.DocumentService;
import vn.nguon.identity.application.Caller;
import vn.nguon.identity.domain.Role;
import vn.nguon.org.application.UnitView;
import vn.nguon.org.domain.OrgUnit;
import vn.nguon.org.domain.OrgUnitRepository;
import vn.nguon.reporting.domain.Report;
import vn.nguon.reporting.domain.ReportSubmission;
import vn.nguon.reporting.domain.ReportTemplate;
import vn.nguon.reporting.domain.ReportTransition;
import vn.nguon.reporting.domain.ReportingPeriod;
import vn.nguon.reporting.infrastructure.DocumentNumbers;
import vn.nguon.reporting.infrastructure.TemplateCatalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Demo data for the dev stack ({@code NGUON_DEMO_DATA=true}, set by {@code nguon.sh run}): an open
 * period of the 2021–2025 strategy review where Bình Lư has a draft, Sơn Tây Hạ has submitted,
 * and a dozen other communes of Lai Châu have submitted or been accepted with random but valid
 * numbers. Runs once: it does nothing when any period exists.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigrator", "TemplateCatalog"})
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    private static final String SYSTEM = "demo-data";

    @Inject
    @ConfigProperty(name = "nguon.demo.data", defaultValue = "false")
    boolean enabled;

    @PersistenceContext(unitName = "nguon")
    EntityManager em;

    @Inject
    TemplateCatalog templates;

    @Inject
    OrgUnitRepository units;

    @Inject
    DocumentNumbers numbers;

    @Inject
    DocumentService documents;

    @Inject
    vn.nguon.broadcast.application.SpeechSynthesizer speech;

    @PostConstruct
    void seed() {
        if (!enabled || em.createQuery("select count(p) from ReportingPeriod p", Long.class).getSingleResult() > 0) {
            return;
        }
        ReportTemplate template = templates.get("TTCS-2021-2025@1");
        Instant now = Instant.now();
        LocalDate today = LocalDate.now();
        ReportingPeriod period = new ReportingPeriod("Tổng kết Chiến lược phát triển thông tin cơ sở 2021 - 2025",
                template, today.minusDays(20), today.plusDays(10), today.plusDays(20), today.plusDays(30), SYSTEM, now);
        em.persist(period);
        audit("period", period.id(), new ReportTransition("open", null, null, period.name()), "BVHTTDL", now);

        Random random = new Random(2025);
        Report binhLu = new Report(period, "03390", Map.of(
                "section:A", "UBND xã đã ban hành kế hoạch triển khai Chiến lược phát triển thông tin cơ sở trên địa bàn.",
                "PL01.cum_loa.sau", "35", "PL01.cum_loa_ip.sau", "6", "PL01.co_dai.sau", "có"), "binhlu.canbo", now);
        em.persist(binhLu);
        audit("report", binhLu.id(), new ReportTransition("create", null, binhLu.status(), null), "03390", now);

        submit(period, template, "21343", random, now, false);
        List<OrgUnit> laiChau = units.children("12");
        int done = 0;
        for (OrgUnit commune : laiChau) {
            if (commune.code().equals("03390") || done >= 12) {
                continue;
            }
            submit(period, template, commune.code(), random, now, done % 3 != 0);
            done++;
        }
        LOG.info(() -> "Demo data: period " + period.id() + " with reports of Bình Lư (draft), Sơn Tây Hạ and 12 communes of Lai Châu");
        // a year earlier, a closed period with lower figures: the dashboards' trend has two points
        ReportingPeriod earlier = new ReportingPeriod("Sơ kết thông tin cơ sở năm " + today.minusYears(1).getYear(), template,
                today.minusYears(1).minusDays(20), today.minusYears(1).minusDays(10), today.minusYears(1), today.minusYears(1).plusDays(10),
                SYSTEM, now);
        em.persist(earlier);
        Random before = new Random(2024);
        int older = 0;
        for (OrgUnit commune : laiChau) {
            if (older++ < 20) {
                submit(earlier, template, commune.code(), before, now, true, true);
            }
        }
        // a few communes of two other provinces reported in both periods: the ministry's map and trend show more than Lai Châu
        for (String province : List.of("11", "14")) {
            units.children(province).stream().limit(8).forEach(commune -> {
                submit(earlier, template, commune.code(), before, now, true, true);
                submit(period, template, commune.code(), random, now, true);
            });
        }
        earlier.close(now);
        LOG.info(() -> "Demo data: an earlier, closed period with 20 accepted reports of Lai Châu and 8 each of Điện Biên and Sơn La");
        int days = DemoActivity.seed(em, today, List.of("03390", "03394", "03405", "03388"), 3);
        LOG.info(() -> "Demo data: " + days + " days of device activity (availability, FM fallback, broadcasts) of the simulated devices' communes");
        int items = DemoSources.seed(em, now, today, speech);
        LOG.info(() -> "Demo data: " + items + " items in the source library of the ministry and Lai Châu");
        int feedback = DemoFeedback.seed(em, now);
        LOG.info(() -> "Demo data: " + feedback + " citizens' feedback items in Bình Lư and Sơn Tây Hạ, one in every state");
    }

    private void submit(ReportingPeriod period, ReportTemplate template, String unit, Random random, Instant now,
                        boolean accept) {
        submit(period, template, unit, random, now, accept, false);
    }

    /** @param earlier a year before: fewer stations converted, fewer IP clusters and covered villages, fewer web pages */
    private void submit(ReportingPeriod period, ReportTemplate template, String unit, Random random, Instant now,
                        boolean accept, boolean earlier) {
        Map<String, String> values = values(template, random);
        if (earlier) {
            values.replaceAll((k, v) -> k.contains("_ip.") || k.contains("thon_co_loa") ? String.valueOf(Integer.parseInt(v) / 2)
                    : (k.contains("dai_ung_dung") || k.contains("co_trang_ttdt")) && random.nextBoolean() ? "không" : v);
        }
        if (!earlier && random.nextInt(3) > 0) {
            values.put("PL01.thon_co_loa.sau", values.get("PL01.thon.sau")); // two communes in three reach every village now
        }
        Report r = new Report(period, unit, values, SYSTEM, now);
        em.persist(r);
        audit("report", r.id(), new ReportTransition("create", null, r.status(), null), unit, now);
        String number = numbers.next(unit, LocalDate.now().getYear()) + "/BC-UBND";
        audit("report", r.id(), r.sign(SYSTEM, number, now), unit, now);
        em.flush();
        // a signed demo report has its signed official document, like any other
        OrgUnit issuer = units.find(unit).orElseThrow();
        documents.issue(r, template, issuer, new Caller(SYSTEM, "Lãnh đạo (dữ liệu demo)", Set.of(Role.COMMUNE_LEADER),
                UnitView.of(issuer), "CHU_TICH"), now);
        audit("report", r.id(), r.submit(SYSTEM, now), unit, now);
        em.flush();
        em.persist(new ReportSubmission(r, SYSTEM, now));
        if (accept) {
            audit("report", r.id(), r.accept(SYSTEM, now), issuer.parent().code(), now);
        }
    }

    /** A complete, valid set of values: counts where IP ≤ total, percentages in range. */
    static Map<String, String> values(ReportTemplate template, Random random) {
        Map<String, String> values = new LinkedHashMap<>();
        template.fields().values().forEach(f -> {
            if (f.isSection()) {
                values.put(f.key(), "Số liệu minh họa (dữ liệu demo) cho mục " + f.section().code() + ".");
                return;
            }
            values.put(f.key(), switch (f.indicator().type()) {
                case YES_NO -> random.nextInt(4) == 0 ? "không" : "có";
                case PERCENT -> String.valueOf(50 + random.nextInt(51));
                case INTEGER, DECIMAL -> String.valueOf(20 + random.nextInt(30));
                case DATE -> "01/07/2025";
                case TEXT -> "—";
            });
        });
        // keep the cross-field rules true: the parts never exceed their totals
        values.replaceAll((k, v) -> k.contains("_ip.") || k.contains("thon_co_loa") || k.contains("ket_noi.")
                ? String.valueOf(Integer.parseInt(v) / 3) : v);
        return values;
    }

    private void audit(String type, Long id, ReportTransition t, String unit, Instant now) {
        em.persist(new AuditEvent(now, SYSTEM, "system", unit, type, String.valueOf(id), t.action(),
                t.from() == null ? null : t.from().name(), t.to() == null ? null : t.to().name(), t.comment()));
    }
}
