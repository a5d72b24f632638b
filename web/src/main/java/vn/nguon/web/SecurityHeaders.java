package vn.nguon.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The protective headers of every answer Nguồn gives, in one place. Pages rendered by Faces get their
 * Content-Security-Policy from PrimeFaces (context parameter {@code primefaces.CSP_POLICY} in web.xml),
 * which adds the per-request nonce its scripts carry; every other answer (the JSON API, audio, the
 * verification page, static resources) gets a policy that allows no script at all. HSTS belongs to the
 * TLS terminator of a deployment (docs/security.md), not to this plain-HTTP development server.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

    /** For answers that are not Faces pages: nothing runs, nothing frames them. */
    static final String NO_SCRIPT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
            + "media-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        res.setHeader("X-Content-Type-Options", "nosniff");
        res.setHeader("X-Frame-Options", "DENY");
        res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        res.setHeader("Permissions-Policy", "camera=(), microphone=(), payment=(), usb=(), geolocation=(self)");
        res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (!isFacesPage(req)) {
            res.setHeader("Content-Security-Policy", NO_SCRIPT_POLICY);
        }
        chain.doFilter(req, res);
    }

    /** A page PrimeFaces renders (and sets the policy of): an .xhtml view, or a folder that shows its index.xhtml; not a resource. */
    static boolean isFacesPage(HttpServletRequest req) {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        return !path.startsWith("/jakarta.faces.resource/") && (path.endsWith(".xhtml") || path.endsWith("/") || path.isEmpty());
    }
}
