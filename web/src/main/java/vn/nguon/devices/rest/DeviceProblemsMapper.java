package vn.nguon.devices.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.nguon.devices.application.DeviceProblemsException;
import vn.nguon.devices.domain.DeviceProblem;

import java.util.List;

/** A refused device change or import answers 422 with every problem, its line (0 when not from a file) and field. */
@Provider
public class DeviceProblemsMapper implements ExceptionMapper<DeviceProblemsException> {

    public record DeviceErrors(String error, String message, List<DeviceProblem> problems) {
    }

    @Override
    public Response toResponse(DeviceProblemsException e) {
        return Response.status(422).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new DeviceErrors("invalid", e.getMessage(), e.problems())).build();
    }
}
