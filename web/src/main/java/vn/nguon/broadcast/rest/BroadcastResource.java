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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.nguon.broadcast.application.BroadcastQueries;
import vn.nguon.broadcast.application.BroadcastService;
import vn.nguon.broadcast.application.BulletinView;
import vn.nguon.broadcast.application.DeliveryView;
import vn.nguon.broadcast.application.MediaView;
import vn.nguon.broadcast.web.BroadcastLogCsv;
import vn.nguon.reporting.application.ValidationFailedException;
import vn.nguon.reporting.domain.Violation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Bulletins and alerts over JSON: write, approve, cancel, follow their deliveries; audio; the broadcast log. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BroadcastResource {

    public record Reason(String reason) {
    }

    public record Speech(String text, String language) {
    }

    @Inject
    BroadcastService service;

    @Inject
    BroadcastQueries queries;

    @GET
    @Path("bulletins")
    public List<BulletinView> list(@QueryParam("limit") String limit) {
        return queries.list(limit(limit, 100));
    }

    @POST
    @Path("bulletins")
    public Response create(BulletinRequest body) {
        if (body == null) {
            throw new IllegalArgumentException("a bulletin is required");
        }
        return Response.status(201).entity(service.create(body.data())).build();
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
    public BulletinView update(@PathParam("id") long id, BulletinRequest body) {
        if (body == null || body.version() == null) {
            throw new IllegalArgumentException("the bulletin and its version are required");
        }
        return service.update(id, body.version(), body.data());
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
    public BulletinView reject(@PathParam("id") long id, Reason body) {
        return service.reject(id, body == null ? null : body.reason());
    }

    @POST
    @Path("bulletins/{id}/cancel")
    public BulletinView cancel(@PathParam("id") long id, Reason body) {
        return service.cancel(id, body == null ? null : body.reason());
    }

    @GET
    @Path("bulletins/{id}/history")
    public List<vn.nguon.reporting.application.ReportQueries.TimelineEntry> history(@PathParam("id") long id) {
        return queries.history(id);
    }

    @GET
    @Path("bulletins/{id}/deliveries")
    public List<DeliveryView> deliveries(@PathParam("id") long id, @QueryParam("limit") String limit) {
        return queries.deliveries(id, limit(limit, 5000));
    }

    /** The emergency alert as OASIS CAP 1.2. */
    @GET
    @Path("bulletins/{id}/cap")
    @Produces("application/cap+xml")
    public Response cap(@PathParam("id") long id) {
        return Response.ok(queries.cap(id), "application/cap+xml; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"canh-bao-" + id + ".cap.xml\"").build();
    }

    /** An audio file (WAV or MP3) as the request body. */
    @POST
    @Path("media")
    @Consumes({"audio/*", MediaType.APPLICATION_OCTET_STREAM})
    public Response upload(byte[] body, @QueryParam("name") String name) {
        MediaView m = service.uploadAudio(name, body);
        return Response.status(201).entity(m).build();
    }

    @POST
    @Path("media/tts")
    public Response speak(Speech body) {
        MediaView m = service.synthesize(body == null ? null : body.text(), body == null ? null : body.language());
        return Response.status(201).entity(m).build();
    }

    /** The broadcast log of a unit, days {@code from} to {@code to} inclusive (Vietnam time); CSV with {@code format=csv}. */
    @GET
    @Path("broadcast-log")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    public Response log(@QueryParam("unit") String unit, @QueryParam("from") String from, @QueryParam("to") String to,
                        @QueryParam("format") String format) {
        Instant[] range = days(from, to);
        List<DeliveryView> rows = queries.log(unit, range[0], range[1]);
        if ("csv".equals(format)) {
            return Response.ok(BroadcastLogCsv.write(rows), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"nhat-ky-phat-thanh.csv\"").build();
        }
        return Response.ok(rows, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("schedule")
    public List<BroadcastQueries.Slot> schedule(@QueryParam("unit") String unit, @QueryParam("from") String from,
                                                @QueryParam("to") String to) {
        Instant[] range = days(from, to);
        return queries.schedule(unit, range[0], range[1]);
    }

    /** A positive row limit, or 422 naming the parameter (JAX-RS would answer a bad number with a bare 404). */
    static int limit(String text, int fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(text.strip());
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ValidationFailedException(List.of(Violation.of("limit", Violation.NOT_INTEGER)));
    }

    /** [from 00:00, the day after to 00:00) in Vietnam time; the last 7 days by default. */
    static Instant[] days(String from, String to) {
        List<Violation> v = new ArrayList<>();
        LocalDate today = LocalDate.now(vn.nguon.broadcast.domain.Schedule.ZONE);
        LocalDate f = date(v, "from", from, today.minusDays(6));
        LocalDate t = date(v, "to", to, f.isAfter(today) ? f : today);
        if (v.isEmpty() && t.isBefore(f)) {
            v.add(Violation.of("to", "untilBeforeStart"));
        }
        if (!v.isEmpty()) {
            throw new ValidationFailedException(v);
        }
        return new Instant[]{f.atStartOfDay(vn.nguon.broadcast.domain.Schedule.ZONE).toInstant(),
                t.plusDays(1).atStartOfDay(vn.nguon.broadcast.domain.Schedule.ZONE).toInstant()};
    }

    private static LocalDate date(List<Violation> v, String field, String text, LocalDate fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            v.add(Violation.of(field, Violation.NOT_A_DATE));
            return fallback;
        }
    }
}
