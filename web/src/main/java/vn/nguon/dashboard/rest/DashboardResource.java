package vn.nguon.dashboard.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.nguon.dashboard.application.Dashboards;

/**
 * A unit's figures against the plans' targets ({@code GET /api/dashboard?unit=}): the caller's unit when no unit
 * is named, or one below it; another's is 403.
 */
@Path("dashboard")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

    @Inject
    Dashboards dashboards;

    @GET
    public Dashboards.Dashboard get(@QueryParam("unit") String unit) {
        return dashboards.of(unit);
    }
}
