package vn.nguon.notification.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.nguon.notification.application.InboxQueries;
import vn.nguon.web.rest.Rest;

import java.util.List;

/** The caller's unit's inbox over JSON ({@code /api/inbox?max=}): the newest notices first, as the home page lists them. */
@Path("inbox")
@Produces(MediaType.APPLICATION_JSON)
public class InboxResource {

    @Inject
    InboxQueries inbox;

    @GET
    public List<InboxQueries.Entry> mine(@QueryParam("max") String max) {
        return inbox.mine(Rest.positiveInt("max", max, 50));
    }
}
