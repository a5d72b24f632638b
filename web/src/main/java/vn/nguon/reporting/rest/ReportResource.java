package vn.nguon.reporting.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.nguon.reporting.application.ReportQueries;
import vn.nguon.reporting.application.ReportService;
import vn.nguon.reporting.application.ReportView;
import vn.nguon.reporting.domain.SubmissionDiff;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.nguon.audit.application.TimelineEntry;
import vn.nguon.web.rest.Rest;

/** Reporting over JSON: periods, the caller's report, workflow steps, board, roll-up, audit timeline. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReportResource {

    public record PeriodRequest(String name, String templateId, LocalDate cutoff, LocalDate dueCommune,
                                LocalDate dueProvince, LocalDate dueMinistry) {
    }

    public record PeriodView(long id, String name, String templateId, LocalDate cutoff, String status) {
    }

    public record SaveRequest(Long version, Map<String, String> values) {
    }

    @Inject
    ReportService service;

    @Inject
    ReportQueries queries;

    @POST
    @Path("periods")
    public Response openPeriod(PeriodRequest p) {
        if (p == null || p.name() == null || p.templateId() == null || p.cutoff() == null || p.dueCommune() == null
                || p.dueProvince() == null || p.dueMinistry() == null) {
            throw new IllegalArgumentException(
                    "name, templateId, cutoff, dueCommune, dueProvince and dueMinistry are required");
        }
        long id = service.openPeriod(p.name(), p.templateId(), p.cutoff(), p.dueCommune(), p.dueProvince(), p.dueMinistry());
        return Rest.created("periods/" + id, Map.of("id", id));
    }

    @GET
    @Path("periods")
    public List<PeriodView> periods() {
        return queries.periods().stream()
                .map(p -> new PeriodView(p.id(), p.name(), p.templateId(), p.cutoffDate(), p.status().name())).toList();
    }

    @POST
    @Path("periods/{id}/close")
    public Response closePeriod(@PathParam("id") long id) {
        service.closePeriod(id);
        return Response.noContent().build();
    }

    @GET
    @Path("periods/{id}/own")
    public ReportView own(@PathParam("id") long periodId) {
        return service.own(periodId);
    }

    @GET
    @Path("periods/{id}/board")
    public List<ReportQueries.BoardEntry> board(@PathParam("id") long periodId, @QueryParam("unit") String unit) {
        return queries.board(periodId, unit);
    }

    @GET
    @Path("periods/{id}/rollup")
    public ReportQueries.RollupView rollup(@PathParam("id") long periodId, @QueryParam("unit") String unit) {
        return queries.rollup(periodId, unit);
    }

    @GET
    @Path("reports/{id}")
    public ReportView report(@PathParam("id") long id) {
        return service.view(id);
    }

    @PUT
    @Path("reports/{id}")
    public ReportView save(@PathParam("id") long id, SaveRequest body) {
        SaveRequest b = Rest.required(body, "the report");
        return service.save(id, Rest.required(b.version(), "version"), Rest.required(b.values(), "values"));
    }

    @POST
    @Path("reports/{id}/sign")
    public ReportView sign(@PathParam("id") long id) {
        return service.sign(id);
    }

    @POST
    @Path("reports/{id}/submit")
    public ReportView submit(@PathParam("id") long id) {
        return service.submit(id);
    }

    @POST
    @Path("reports/{id}/accept")
    public ReportView accept(@PathParam("id") long id) {
        return service.accept(id);
    }

    @POST
    @Path("reports/{id}/return")
    public ReportView returnForRevision(@PathParam("id") long id, Rest.ReasonBody body) {
        return service.returnForRevision(id, Rest.ReasonBody.of(body));
    }

    @POST
    @Path("reports/{id}/unaccept")
    public ReportView unaccept(@PathParam("id") long id, Rest.ReasonBody body) {
        return service.unaccept(id, Rest.ReasonBody.of(body));
    }

    @GET
    @Path("reports/{id}/diff")
    public List<SubmissionDiff.Change> diff(@PathParam("id") long id) {
        return queries.diff(id);
    }

    @GET
    @Path("reports/{id}/timeline")
    public List<TimelineEntry> timeline(@PathParam("id") long id) {
        return queries.timeline(id);
    }
}
