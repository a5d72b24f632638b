package vn.nguon.web.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.nguon.identity.application.NoValidUnitException;
import vn.nguon.kernel.AccessRefusedException;
import vn.nguon.kernel.ValidationFailedException;
import vn.nguon.kernel.Violation;
import vn.nguon.kernel.TransitionRefusedException;

import java.util.List;
import java.util.Map;

/** Maps refusals to HTTP answers with a JSON body: 403 refused, 409 stale or wrong state, 422 invalid. */
public final class ApiErrors {

    public record Error(String error, String message, List<Violation> violations) {
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
    public static class Workflow implements ExceptionMapper<TransitionRefusedException> {
        private static final Map<String, Response.Status> STATUS = Map.of(
                TransitionRefusedException.INVALID, Response.Status.NOT_FOUND,
                TransitionRefusedException.REASON_REQUIRED, Response.Status.BAD_REQUEST);

        @Override
        public Response toResponse(TransitionRefusedException e) {
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
}
