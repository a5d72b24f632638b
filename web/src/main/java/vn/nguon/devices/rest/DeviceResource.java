package vn.nguon.devices.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.nguon.devices.application.DeviceProblemsException;
import vn.nguon.devices.application.DeviceService;
import vn.nguon.devices.application.DeviceView;
import vn.nguon.devices.domain.DeviceData;
import vn.nguon.devices.domain.DeviceMessage;
import vn.nguon.devices.domain.DeviceProblem;
import vn.nguon.devices.domain.DeviceType;
import vn.nguon.devices.domain.Transport;

import java.math.BigDecimal;
import java.util.List;
import vn.nguon.audit.application.TimelineEntry;
import vn.nguon.devices.application.DeviceBroadcasts;
import vn.nguon.web.rest.Rest;

/** The device registry over JSON: list, register, edit, CSV import, credentials, commands, FM fallback periods. */
@Path("devices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DeviceResource {

    /** A device as typed; type and transport by name ("LOUDSPEAKER_CLUSTER") or CSV code ("cum_loa"). */
    public record DeviceRequest(String commune, String type, String name, String village, BigDecimal latitude,
                                BigDecimal longitude, String transport, Long version) {
        DeviceData data() {
            return new DeviceData(commune, DeviceType.parse(type).orElse(null), name, village, latitude, longitude,
                    Transport.parse(transport).orElse(null));
        }
    }

    @Inject
    vn.nguon.shared.UploadLimits limits;

    @Inject
    DeviceService service;

    @Inject
    DeviceBroadcasts control;

    @Inject
    vn.nguon.devices.application.DeadLetters deadLetters;

    /** Device messages the broker dead-lettered (nguon.DLQ), for the devices in the caller's scope. */
    @GET
    @Path("dead-letters/senders")
    public List<vn.nguon.devices.application.DeadLetters.Sender> refusedSenders() {
        return deadLetters.senders();
    }

    @GET
    @Path("dead-letters")
    public List<vn.nguon.devices.application.DeadLetters.Letter> deadLetters() {
        return deadLetters.list();
    }

    @GET
    public List<DeviceView> list(@QueryParam("unit") String unit) {
        return service.list(unit);
    }

    @POST
    public Response register(DeviceRequest body) {
        return Rest.created(service.register(Rest.required(body, "a device").data()));
    }

    @PUT
    @Path("{id}")
    public DeviceView update(@PathParam("id") String id, DeviceRequest body) {
        Long version = Rest.required(Rest.required(body, "the device").version(), "the device's version");
        return service.update(id, version, body.data());
    }

    /** A CSV file (see the README); all rows or none. */
    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public List<DeviceView> importCsv(java.io.InputStream csv, @QueryParam("commune") String commune,
                                      @jakarta.ws.rs.HeaderParam("Content-Length") Long length) {
        byte[] file = Rest.upload(csv, length, limits.maxBytes(), "file",
                vn.nguon.kernel.Violation.of("file", "fileTooBig", limits.maxMb()));
        return service.importCsv(new String(file, java.nio.charset.StandardCharsets.UTF_8), commune);
    }

    /** Issues or rotates the device's secret; the answer is the only time it is shown. */
    @POST
    @Path("{id}/credentials")
    public DeviceService.Credentials issue(@PathParam("id") String id) {
        return service.issueCredentials(id);
    }

    @DELETE
    @Path("{id}/credentials")
    public DeviceView revoke(@PathParam("id") String id) {
        return service.revokeCredentials(id);
    }

    /** A command for one device: {@code {"type":"STOP"}}, {@code {"type":"SET_VOLUME","volume":40}} or {@code {"type":"SYNC_SCHEDULE"}}. */
    public record CommandRequest(String type, Integer volume) {
    }

    /** What was queued: the command, and for a synchronisation how many slots the device should hold. */
    public record CommandQueued(String deviceId, String type, Integer slots) {
    }

    /** Queues the command for the device (202): it reaches the device now, or when it reconnects. */
    @POST
    @Path("{id}/commands")
    public Response command(@PathParam("id") String id, CommandRequest body) {
        String type = body == null || body.type() == null ? "" : body.type().strip();
        Integer slots = null;
        switch (type) {
            case "STOP" -> control.stop(id);
            case "SET_VOLUME" -> control.setVolume(id, body.volume());
            case "SYNC_SCHEDULE" -> slots = control.syncSchedule(id);
            default -> throw new DeviceProblemsException(List.of(new DeviceProblem(0, "type",
                    type.isEmpty() ? DeviceProblem.REQUIRED : DeviceProblem.UNKNOWN_COMMAND, type)));
        }
        return Response.accepted(new CommandQueued(id, type, slots)).build();
    }

    /** Who did what to the device, when (registration, edits, credentials, commands). */
    @GET
    @Path("{id}/history")
    public List<TimelineEntry> history(@PathParam("id") String id) {
        return service.history(id);
    }

    /** The periods the device reported on FM fallback in the last {@code days} days (7 by default), latest first. */
    @GET
    @Path("{id}/fm-fallback")
    public List<DeviceMessage.FmPeriod> fmFallback(@PathParam("id") String id, @QueryParam("days") @DefaultValue("7") String days) {
        int n;
        try {
            n = Integer.parseInt(days.strip());
        } catch (NumberFormatException e) {
            throw new DeviceProblemsException(List.of(new DeviceProblem(0, "days", DeviceProblem.NOT_A_NUMBER, days)));
        }
        return service.fmFallback(id, n);
    }
}
