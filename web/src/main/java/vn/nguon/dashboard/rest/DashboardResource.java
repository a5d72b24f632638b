package vn.nguon.dashboard.rest;

import jakarta.inject.Inject;
import java.util.List;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.nguon.dashboard.application.Dashboards;

/**
 * A unit's figures against the plans' targets ({@code GET /api/dashboard?unit=&period=}): the caller's unit when no
 * unit is named, or one below it (another's is 403); a reporting period's figures when one is named (one without accepted
 * reports under the unit is 422), else each commune's latest.
 */
@Path("dashboard")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

    @Inject
    Dashboards dashboards;

    /** A province's own targets file: {@code name} (optional) and {@code content}, the file's JSON text. */
    public record TargetsBody(String name, String content) {
    }

    @GET
    public Dashboards.Dashboard get(@QueryParam("unit") String unit, @QueryParam("period") String period) {
        return dashboards.of(unit, period(period));
    }

    /** A period's id as the query gives it: none, or a whole number (anything else is 422, the field named). */
    static Long period(String period) {
        if (period == null || period.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(period.strip());
        } catch (NumberFormatException e) {
            throw new vn.nguon.kernel.ValidationFailedException(List.of(vn.nguon.kernel.Violation.of("period", vn.nguon.kernel.Violation.NOT_INTEGER)));
        }
    }

    /** The caller's province's own targets, replacing the file before; every problem of a malformed file named (422). */
    @PUT
    @Path("targets")
    @Consumes(MediaType.APPLICATION_JSON)
    public java.util.List<vn.nguon.dashboard.domain.Target> putTargets(TargetsBody b) {
        TargetsBody body = vn.nguon.web.rest.Rest.required(b, "the targets file");
        return dashboards.uploadTargets(body.name(), body.content());
    }

    /**
     * Signs the caller's unit's "Báo cáo tình hình thực hiện mục tiêu" from its dashboard (a leader of the unit; 403
     * otherwise), for a period or as of today: 201 with the document's id and number; its PDF at {@code /api/documents/{id}/pdf}.
     */
    @POST
    @Path("statement")
    public Response issueStatement(@QueryParam("unit") String unit, @QueryParam("period") String period) {
        Dashboards.Issued issued = dashboards.issueStatement(unit, period(period));
        return Response.status(Response.Status.CREATED).location(java.net.URI.create("documents/" + issued.id() + "/pdf")).entity(issued).build();
    }

    @DELETE
    @Path("targets")
    public Response removeTargets() {
        dashboards.removeTargets();
        return Response.noContent().build();
    }
}
