package vn.nguon.web.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.nguon.identity.application.NoValidUnitException;
import vn.nguon.reporting.application.AccessRefusedException;
import vn.nguon.reporting.application.ValidationFailedException;
import vn.nguon.reporting.domain.Violation;
import vn.nguon.reporting.domain.WorkflowException;

import java.util.List;
import java.util.Map;

/** Maps refusals to HTTP answers with a JSON body: 403 refused, 409 stale or wrong state, 422 invalid. */
public final class ApiErrors {

    public record Error(String error, String message, List<Violation> violations) {
    }

    /** A refused device change or import: every problem with its line (0 when not from a file) and field. */
    public record DeviceErrors(String error, String message, List<vn.nguon.devices.domain.DeviceProblem> problems) {
    }

    private ApiErrors() {
    }

    static Response of(Response.Status status, String error, String message, List<Violation> violations) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new Error(error, message, violations)).build();
    }

    @Provider
    public static class Refused implements ExceptionMapper<AccessRefusedException> {
        @Override
        public Response toResponse(AccessRefusedException e) {
            return of(Response.Status.FORBIDDEN, "refused", e.getMessage(), List.of());
        }
    }

    @Provider
    public static class RoleRefused implements ExceptionMapper<EJBAccessException> {
        @Override
        public Response toResponse(EJBAccessException e) {
            return of(Response.Status.FORBIDDEN, "refused", "role not allowed", List.of());
        }
    }

    @Provider
    public static class NoUnit implements ExceptionMapper<NoValidUnitException> {
        @Override
        public Response toResponse(NoValidUnitException e) {
            return of(Response.Status.FORBIDDEN, "noUnit", e.getMessage(), List.of());
        }
    }

    @Provider
    public static class Workflow implements ExceptionMapper<WorkflowException> {
        private static final Map<String, Response.Status> STATUS = Map.of(
                WorkflowException.INVALID, Response.Status.NOT_FOUND,
                WorkflowException.REASON_REQUIRED, Response.Status.BAD_REQUEST);

        @Override
        public Response toResponse(WorkflowException e) {
            return of(STATUS.getOrDefault(e.code(), Response.Status.CONFLICT), e.code(), e.getMessage(), List.of());
        }
    }

    @Provider
    public static class Invalid implements ExceptionMapper<ValidationFailedException> {
        @Override
        public Response toResponse(ValidationFailedException e) {
            return Response.status(422).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new Error("invalid", e.getMessage(), e.violations())).build();
        }
    }

    @Provider
    public static class BadArgument implements ExceptionMapper<IllegalArgumentException> {
        @Override
        public Response toResponse(IllegalArgumentException e) {
            return of(Response.Status.BAD_REQUEST, "badRequest", e.getMessage(), List.of());
        }
    }

    @Provider
    public static class DeviceProblems implements ExceptionMapper<vn.nguon.devices.application.DeviceProblemsException> {
        @Override
        public Response toResponse(vn.nguon.devices.application.DeviceProblemsException e) {
            return Response.status(422).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new DeviceErrors("invalid", e.getMessage(), e.problems())).build();
        }
    }
}
