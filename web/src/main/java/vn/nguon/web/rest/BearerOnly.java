package vn.nguon.web.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.util.List;

/**
 * The JSON API takes access tokens only ({@code Authorization: Bearer …}, checked by the deployment's
 * OIDC mechanism): a call that comes with the browser's session cookie and no token — a same-origin
 * script, or a page an attacker got a signed-in official to open — is refused, so the API needs no CSRF
 * token; an anonymous call gets a 401 problem instead of the HTML login page. web.xml leaves
 * {@code /api/*} out of its login constraint for this reason: the refusal happens here, for every
 * endpoint, before any resource is matched.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class BearerOnly implements ContainerRequestFilter {

    /** The one prefix of the API open without a token: what citizens' apps use ({@code /api/public/…}). */
    public static final String PUBLIC = "public/";

    @Context
    HttpHeaders headers;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getUriInfo().getPath().startsWith(PUBLIC) || request.getUriInfo().getPath().startsWith("/" + PUBLIC)) {
            return; // the citizens' part of the API: no sign-in, nothing personal out (PublicFeedbackResource)
        }
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        boolean bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
        if (!bearer || request.getSecurityContext().getUserPrincipal() == null) {
            request.abortWith(Response.fromResponse(
                            ApiErrors.problem(headers, 401, "unauthorized", "unauthorized", null, null, List.of()))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"nguon\"").build());
        }
    }
}
