package vn.nguon.web;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.MappingMatch;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code nguon_http_requests_seconds_count/_sum/_max{route, method, status}}: every answer Nguồn gives, timed, by
 * route — a page's view ({@code /reports/edit.xhtml}), an API's template ({@code /api/feedback/{id}},
 * named by {@link vn.nguon.web.rest.RouteTemplate}), a servlet's mapping ({@code /files/*}) — never by
 * the address as typed: an id, a user's name or a scanner's made-up path never becomes a label
 * (everything that found nothing is {@code unmatched}).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestMetrics extends HttpFilter {

    /** The request attribute in which the JAX-RS layer leaves the template it matched. */
    public static final String ROUTE = "vn.nguon.route";

    static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");

    @Inject
    MeterRegistry registry;

    /** A series' labels. */
    private record Series(String route, String method, String status) {
    }

    /** By route, method and status: as bounded as the labels themselves. */
    private final Map<Series, DistributionSummary> summaries = new ConcurrentHashMap<>();

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        try {
            chain.doFilter(req, res);
        } finally {
            if (!req.isAsyncStarted()) {
                summary(route(req, res.getStatus()), METHODS.contains(req.getMethod()) ? req.getMethod() : "OTHER",
                        Integer.toString(res.getStatus())).record((System.nanoTime() - start) / 1e9);
            }
        }
    }

    /**
     * The series of a route, method and status, looked up in the registry once: WildFly's deployment registry
     * answers {@code summary(name, tags)} by searching every meter of the server, which is not work for every request.
     */
    private DistributionSummary summary(String route, String method, String status) {
        return summaries.computeIfAbsent(new Series(route, method, status),
                // the registry's shortcut (count, sum, max), not a builder nor a Timer: the only registrations
                // WildFly 39 exports for a deployment (vn.nguon.shared.SecondsHistogram says why)
                k -> registry.summary("nguon.http.requests.seconds", "route", route, "method", method, "status", status));
    }

    static String route(HttpServletRequest req, int status) {
        Object template = req.getAttribute(ROUTE);
        HttpServletMapping mapping = req.getHttpServletMapping();
        return route(status, template == null ? null : template.toString(),
                mapping == null ? null : mapping.getMappingMatch(), mapping == null ? null : mapping.getPattern(), req.getServletPath());
    }

    /**
     * The route label of an answer: what the application matched, never what the client typed. Pure, for the tests.
     *
     * @param template the JAX-RS template matched (with the API's prefix), or null
     * @param match    how the servlet was matched
     * @param pattern  the servlet's mapping pattern
     * @param servletPath the servlet path (for an extension mapping: the page)
     */
    static String route(int status, String template, MappingMatch match, String pattern, String servletPath) {
        if (template != null) {
            return template;
        }
        if (status == 404 || match == null) {
            return "unmatched";
        }
        return switch (match) {
            case EXTENSION -> servletPath.startsWith("/jakarta.faces.resource/") ? "resource" : servletPath;
            case PATH -> pattern;
            case EXACT -> pattern;
            case CONTEXT_ROOT -> "/";
            case DEFAULT -> "static";
        };
    }
}
