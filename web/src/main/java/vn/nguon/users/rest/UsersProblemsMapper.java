package vn.nguon.users.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.nguon.users.application.DirectoryUnavailableException;
import vn.nguon.web.rest.ApiErrors;

import java.util.List;
import java.util.logging.Logger;

/** Keycloak down or failing: 503, a problem saying nothing was changed; the reason goes to the log. */
@Provider
public class UsersProblemsMapper implements ExceptionMapper<DirectoryUnavailableException> {

    private static final Logger LOG = Logger.getLogger(UsersProblemsMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(DirectoryUnavailableException e) {
        LOG.warning(e.getMessage());
        return Response.fromResponse(ApiErrors.problem(headers, 503, "directoryUnavailable", "directoryUnavailable", null,
                null, List.of())).header("Retry-After", "30").build();
    }
}
