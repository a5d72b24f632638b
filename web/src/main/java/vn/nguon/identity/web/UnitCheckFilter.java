package vn.nguon.identity.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.nguon.identity.application.CallerService;
import vn.nguon.identity.application.NoValidUnitException;

import java.io.IOException;
import java.util.logging.Logger;

/**
 * Resolves the signed-in user (name, roles, unit) once per session through the EJB layer. A user
 * whose token has no valid unit sees a clear error page (HTTP 403) instead of any application page.
 * The JSON API ({@code /api/}) is left alone: its clients send a bearer token with every request
 * and hold no session, and every service resolves its caller itself (an API caller without a
 * valid unit gets a 403 from {@code ApiErrors.NoUnit}), so a session per request would only cost.
 */
@WebFilter(urlPatterns = "/*")
public class UnitCheckFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(UnitCheckFilter.class.getName());

    public static final String NO_UNIT_PAGE = "/error/no-unit.xhtml";

    /** The servlet path of the JAX-RS application ({@code @ApplicationPath("api")}). */
    private static final String API = "/api";

    @Inject
    CurrentUser me;

    @Inject
    CallerService callers;

    @Inject
    jakarta.enterprise.event.Event<vn.nguon.identity.application.SignedIn> signedIn;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        if (req.getUserPrincipal() == null || exempt(req.getServletPath()) || me.isResolved()) {
            chain.doFilter(req, res);
            return;
        }
        try {
            vn.nguon.identity.application.Caller caller = callers.current();
            me.signedIn(caller);
            signedIn.fire(new vn.nguon.identity.application.SignedIn(caller.username(), java.time.Instant.now()));
            chain.doFilter(req, res);
        } catch (NoValidUnitException e) {
            LOG.warning(e.getMessage());
            req.setAttribute("noUnitUser", e.username());
            req.setAttribute("noUnitCode", e.unitCode());
            res.setStatus(HttpServletResponse.SC_FORBIDDEN);
            req.getRequestDispatcher(NO_UNIT_PAGE).forward(req, res);
        }
    }

    private static boolean exempt(String path) {
        return path.startsWith("/error/") || path.startsWith("/jakarta.faces.resource/")
                || path.equals(LogoutServlet.PATH) || path.equals(API);
    }
}
