package vn.nguon.web.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import vn.nguon.identity.application.NoValidUnitException;
import vn.nguon.kernel.AccessRefusedException;
import vn.nguon.kernel.TransitionRefusedException;
import vn.nguon.kernel.ValidationFailedException;
import vn.nguon.kernel.Violation;

import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/**
 * Refusals as RFC 9457 problems ({@code application/problem+json}), in the client's language
 * (Accept-Language: English, otherwise Vietnamese) from the message bundles: 403 refused, 409 a step
 * not allowed now, 404 nothing there, 400 a missing body, 422 invalid values with every violation by
 * field. {@code error} is the machine-readable code; the technical reason goes to the server log,
 * never to the client.
 */
public final class ApiErrors {

    public static final MediaType PROBLEM = new MediaType("application", "problem+json", "UTF-8");
    private static final Logger LOG = Logger.getLogger(ApiErrors.class.getName());

    /** One problem with one field: its code and arguments, and the message in the client's language. */
    public record FieldProblem(String field, String code, List<String> args, String message) {
    }

    /** The answer's body. */
    public record Problem(String type, String title, int status, String detail, String error,
                          List<FieldProblem> violations) {
    }

    private ApiErrors() {
    }

    /**
     * A problem: {@code error} is its code; {@code kind} names its title and default detail in the bundles
     * ({@code problem.<kind>.title}, {@code problem.<kind>.detail}); {@code detailKey}, when the bundles have
     * it, gives a more precise detail.
     */
    public static Response problem(HttpHeaders headers, int status, String error, String kind, String detailKey,
                                   Object[] args, List<FieldProblem> violations) {
        ResourceBundle text = Rest.bundle(headers);
        String key = detailKey != null && text.containsKey(detailKey) ? detailKey : "problem." + kind + ".detail";
        return Response.status(status).type(PROBLEM)
                .entity(new Problem("about:blank", text.getString("problem." + kind + ".title"), status,
                        format(text, key, args), error, violations))
                .build();
    }

    static String format(ResourceBundle text, String key, Object... args) {
        String pattern = text.containsKey(key) ? text.getString(key) : key;
        return args == null || args.length == 0 ? pattern : MessageFormat.format(pattern, args);
    }

    /** The field problems of a validation failure, each with its message from {@code violation.<code>}. */
    static List<FieldProblem> fields(HttpHeaders headers, List<Violation> violations) {
        ResourceBundle text = Rest.bundle(headers);
        return violations.stream().map(v -> new FieldProblem(v.field(), v.code(), v.args(),
                // a cross-field rule carries the template's own message
                v.code().equals(Violation.RULE) && !v.args().isEmpty() ? v.args().get(0)
                        : format(text, "violation." + v.code(), v.args().toArray()))).toList();
    }

    @Provider
    public static class Refused implements ExceptionMapper<AccessRefusedException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(AccessRefusedException e) {
            LOG.fine(() -> "refused: " + e.getMessage());
            return problem(headers, 403, "refused", "refused", null, null, List.of());
        }
    }

    @Provider
    public static class RoleRefused implements ExceptionMapper<EJBAccessException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(EJBAccessException e) {
            return problem(headers, 403, "refused", "refused", null, null, List.of());
        }
    }

    @Provider
    public static class NoUnit implements ExceptionMapper<NoValidUnitException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(NoValidUnitException e) {
            LOG.warning(e.getMessage());
            return problem(headers, 403, "noUnit", "noUnit", null, null, List.of());
        }
    }

    @Provider
    public static class Workflow implements ExceptionMapper<TransitionRefusedException> {
        private static final Map<String, Integer> STATUS = Map.of(
                TransitionRefusedException.INVALID, 404,
                TransitionRefusedException.REASON_REQUIRED, 400);

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(TransitionRefusedException e) {
            LOG.fine(() -> "refused step: " + e.getMessage());
            int status = STATUS.getOrDefault(e.code(), 409);
            // the detail is the workflow's own message for the code, as the pages show it
            return problem(headers, status, e.code(), status == 404 ? "notFound" : "step", "workflow." + e.code(), null,
                    List.of());
        }
    }

    @Provider
    public static class Invalid implements ExceptionMapper<ValidationFailedException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(ValidationFailedException e) {
            return problem(headers, 422, "invalid", "invalid", null, new Object[]{e.violations().size()},
                    fields(headers, e.violations()));
        }
    }

    @Provider
    public static class BadArgument implements ExceptionMapper<IllegalArgumentException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(IllegalArgumentException e) {
            LOG.fine(() -> "bad request: " + e.getMessage());
            return problem(headers, 400, "badRequest", "badRequest", null, null, List.of());
        }
    }

    /** A body that is not JSON within the limits: 400 (413 too large), naming where reading stopped. */
    @Provider
    public static class Unreadable implements ExceptionMapper<JsonBodies.UnreadableBodyException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(JsonBodies.UnreadableBodyException e) {
            LOG.fine(() -> "unreadable body: " + e.getMessage());
            String kind = e.status() == 413 ? "tooLarge" : "malformed";
            return problem(headers, e.status(), kind, kind, null, null, fields(headers, List.of(e.violation())));
        }
    }

    /**
     * What JAX-RS itself refuses (no such address, method not allowed, a body type it cannot read, an
     * answer type it cannot write): the same status, as a problem instead of the server's own page.
     */
    @Provider
    public static class Refusal implements ExceptionMapper<WebApplicationException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
            if (status >= 500) {
                return Unexpected.answer(headers, e);
            }
            String kind = KINDS.getOrDefault(status, "badRequest");
            Response.ResponseBuilder answer = Response.fromResponse(problem(headers, status, kind, kind, null, null, List.of()));
            // keep what the status requires (Allow on 405)
            if (e.getResponse() != null && e.getResponse().getHeaderString("Allow") != null) {
                answer.header("Allow", e.getResponse().getHeaderString("Allow"));
            }
            return answer.build();
        }

        private static final Map<Integer, String> KINDS = Map.of(404, "notFound", 405, "methodNotAllowed",
                406, "notAcceptable", 415, "unsupportedMediaType", 401, "unauthorized", 403, "refused");
    }

    /** Anything else is a defect: logged with an incident number the user can quote, answered 500 without internals. */
    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        @Context
        HttpHeaders headers;

        @Context
        Providers providers;

        @Override
        public Response toResponse(Throwable e) {
            // an EJB wraps what its method threw (IllegalArgumentException: 400): answer for the cause
            Throwable cause = e;
            while (cause instanceof jakarta.ejb.EJBException && cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause != e) {
                @SuppressWarnings("unchecked")
                ExceptionMapper<Throwable> mapper = (ExceptionMapper<Throwable>) providers.getExceptionMapper(cause.getClass());
                if (mapper != null && !(mapper instanceof Unexpected)) {
                    return mapper.toResponse(cause);
                }
            }
            return answer(headers, e);
        }

        static Response answer(HttpHeaders headers, Throwable e) {
            String incident = java.util.UUID.randomUUID().toString().substring(0, 8);
            LOG.log(java.util.logging.Level.SEVERE, "incident " + incident, e);
            return problem(headers, 500, "internal", "internal", null, new Object[]{incident}, List.of());
        }
    }
}
