package vn.nguon.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.nguon.reporting.domain.ReportRepository;
import vn.nguon.reporting.domain.ReportingPeriod;
import vn.nguon.reporting.domain.Rollup;
import vn.nguon.reporting.infrastructure.TemplateCatalog;

import java.util.List;
import java.util.Map;
import vn.nguon.org.domain.OrgUnit;

/**
 * The roll-up of a unit's direct children's accepted reports for a period, by the period's
 * template. Callers check access first; this only computes.
 */
@ApplicationScoped
class RollupCalculator {

    @Inject
    ReportRepository reports;

    @Inject
    TemplateCatalog templates;

    /** The roll-up for {@code parent}: its communes' values, or (for the ministry) its provinces' roll-ups. */
    Map<String, Rollup.Cell> cells(ReportingPeriod period, OrgUnit parent) {
        String parentCode = parent.code();
        List<Rollup.Source> sources = reports.acceptedValuesOfChildren(period.id(), parentCode).entrySet().stream()
                .map(e -> new Rollup.Source(e.getKey(), e.getKey(), e.getValue()))
                .toList();
        return Rollup.compute(templates.get(period.templateId()), sources, parent.level().child());
    }
}
