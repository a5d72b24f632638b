package vn.nguon.devices.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.nguon.devices.application.DeviceProblemsException;
import vn.nguon.web.rest.ApiErrors;
import vn.nguon.web.rest.Rest;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;

/**
 * A refused device change or import answers 422, an RFC 9457 problem in the client's language, with
 * every problem: its line (0 when not from a file), field, code and message.
 */
@Provider
public class DeviceProblemsMapper implements ExceptionMapper<DeviceProblemsException> {

    /** One problem of a device change or import. */
    public record Problem(int line, String field, String code, String arg, String message) {
    }

    /** The answer's body: a problem with the device problems listed. */
    public record DeviceErrors(String type, String title, int status, String detail, String error, List<Problem> problems) {
    }

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(DeviceProblemsException e) {
        ResourceBundle text = Rest.bundle(headers);
        List<Problem> problems = e.problems().stream().map(p -> new Problem(p.line(), p.field(), p.code(), p.arg(),
                message(text, p.code(), p.arg()))).toList();
        return Response.status(422).type(ApiErrors.PROBLEM)
                .entity(new DeviceErrors("about:blank", text.getString("problem.invalid.title"), 422,
                        MessageFormat.format(text.getString("problem.invalid.detail"), problems.size()), "invalid", problems))
                .build();
    }

    private static String message(ResourceBundle text, String code, String arg) {
        String key = "device.problem." + code;
        return text.containsKey(key) ? MessageFormat.format(text.getString(key), arg == null ? "" : arg) : code;
    }
}
