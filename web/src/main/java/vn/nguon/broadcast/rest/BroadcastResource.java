package vn.nguon.broadcast.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.nguon.broadcast.application.BroadcastQueries;
import vn.nguon.broadcast.application.BroadcastService;
import vn.nguon.broadcast.application.BulletinView;
import vn.nguon.broadcast.application.DeliveryView;
import vn.nguon.broadcast.web.BroadcastLogCsv;
import vn.nguon.kernel.ValidationFailedException;
import vn.nguon.kernel.Violation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.nguon.audit.application.TimelineEntry;
import vn.nguon.broadcast.application.BulletinCommand;
import vn.nguon.broadcast.domain.AudioCheck;
import vn.nguon.web.rest.Rest;

/** Bulletins and alerts over JSON: write, approve, cancel, follow their deliveries; audio; the broadcast log. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BroadcastResource {

    public record Speech(String text, String language) {
    }

    @Inject
    vn.nguon.shared.UploadLimits limits;

    @Inject
    BroadcastService service;

    @Inject
    BroadcastQueries queries;

    @GET
    @Path("bulletins")
    public List<BulletinView> list(@QueryParam("limit") String limit) {
        return queries.list(Rest.positiveInt("limit", limit, 100));
    }

    @POST
    @Path("bulletins")
    public Response create(BulletinCommand body) {
        return Rest.created(service.create(Rest.required(body, "a bulletin").data()));
    }

    @GET
    @Path("bulletins/pending")
    public Map<String, Long> pending() {
        return Map.of("pending", queries.pendingApproval());
    }

    @GET
    @Path("bulletins/{id}")
    public BulletinView get(@PathParam("id") long id) {
        return queries.get(id);
    }

    @PUT
    @Path("bulletins/{id}")
    public BulletinView update(@PathParam("id") long id, BulletinCommand body) {
        Long version = Rest.required(Rest.required(body, "the bulletin").version(), "the bulletin's version");
        return service.update(id, version, body.data());
    }

    @POST
    @Path("bulletins/{id}/submit")
    public BulletinView submit(@PathParam("id") long id) {
        return service.submit(id);
    }

    @POST
    @Path("bulletins/{id}/approve")
    public BulletinView approve(@PathParam("id") long id) {
        return service.approve(id);
    }

    @POST
    @Path("bulletins/{id}/reject")
    public BulletinView reject(@PathParam("id") long id, Rest.ReasonBody body) {
        return service.reject(id, Rest.ReasonBody.of(body));
    }

    @POST
    @Path("bulletins/{id}/cancel")
    public BulletinView cancel(@PathParam("id") long id, Rest.ReasonBody body) {
        return service.cancel(id, Rest.ReasonBody.of(body));
    }

    @GET
    @Path("bulletins/{id}/history")
    public List<TimelineEntry> history(@PathParam("id") long id) {
        return queries.history(id);
    }

    @GET
    @Path("bulletins/{id}/deliveries")
    public List<DeliveryView> deliveries(@PathParam("id") long id, @QueryParam("limit") String limit) {
        return queries.deliveries(id, Rest.positiveInt("limit", limit, 5000));
    }

    /** The emergency alert as OASIS CAP 1.2. */
    @GET
    @Path("bulletins/{id}/cap")
    @Produces("application/cap+xml")
    public Response cap(@PathParam("id") long id) {
        return Rest.attachment(queries.cap(id), "application/cap+xml; charset=UTF-8", "canh-bao-" + id + ".cap.xml");
    }

    /** An audio file (WAV or MP3) as the request body. */
    @POST
    @Path("media")
    @Consumes({"audio/*", MediaType.APPLICATION_OCTET_STREAM})
    public Response upload(java.io.InputStream body, @QueryParam("name") String name,
                           @jakarta.ws.rs.HeaderParam("Content-Length") Long length) {
        return Rest.created(service.uploadAudio(name, Rest.upload(body, length, limits.maxBytes(), "audio",
                AudioCheck.tooBig(limits.maxBytes()).violation())));
    }

    @POST
    @Path("media/tts")
    public Response speak(Speech body) {
        Speech speech = Rest.required(body, "the text to read");
        return Rest.created(service.synthesize(speech.text(), speech.language()));
    }

    /** The broadcast log of a unit, days {@code from} to {@code to} inclusive (Vietnam time); CSV with {@code format=csv}. */
    @GET
    @Path("broadcast-log")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    public Response log(@QueryParam("unit") String unit, @QueryParam("from") String from, @QueryParam("to") String to,
                        @QueryParam("format") String format, @Context HttpHeaders headers) {
        Instant[] range = vn.nguon.broadcast.web.LogDays.of(from, to);
        List<DeliveryView> rows = queries.log(unit, range[0], range[1]);
        if ("csv".equals(format)) {
            return Rest.attachment(BroadcastLogCsv.write(rows, Rest.bundle(headers)), "text/csv; charset=UTF-8",
                    "nhat-ky-phat-thanh.csv");
        }
        return Response.ok(rows, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("schedule")
    public List<BroadcastQueries.Slot> schedule(@QueryParam("unit") String unit, @QueryParam("from") String from,
                                                @QueryParam("to") String to) {
        Instant[] range = vn.nguon.broadcast.web.LogDays.of(from, to);
        return queries.schedule(unit, range[0], range[1]);
    }

    /** [from 00:00, the day after to 00:00) in Vietnam time; the last 7 days by default. */
}
