package vn.nguon.devices.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.nguon.devices.application.DeviceService;
import vn.nguon.devices.application.DeviceView;
import vn.nguon.devices.domain.DeviceData;
import vn.nguon.devices.domain.DeviceType;
import vn.nguon.devices.domain.Transport;

import java.math.BigDecimal;
import java.util.List;

/** The device registry over JSON: list, register, edit, CSV import, credentials. */
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
    DeviceService service;

    @Inject
    vn.nguon.devices.application.DeadLetters deadLetters;

    /** Device messages the broker dead-lettered (nguon.DLQ), for the devices in the caller's scope. */
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
        if (body == null) {
            throw new IllegalArgumentException("a device is required");
        }
        return Response.status(201).entity(service.register(body.data())).build();
    }

    @PUT
    @Path("{id}")
    public DeviceView update(@PathParam("id") String id, DeviceRequest body) {
        if (body == null || body.version() == null) {
            throw new IllegalArgumentException("the device and its version are required");
        }
        return service.update(id, body.version(), body.data());
    }

    /** A CSV file (see the README); all rows or none. */
    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public List<DeviceView> importCsv(String csv, @QueryParam("commune") String commune) {
        return service.importCsv(csv, commune);
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
}
