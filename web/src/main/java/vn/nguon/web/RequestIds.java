package vn.nguon.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.nguon.shared.LogContext;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Every request gets an id, in the logs ({@code request.id} of the MDC: each JSON log line written while
 * it is served carries it) and in the answer's {@code X-Request-Id} header, so that an official's
 * "it failed at 10:42" finds its lines. A balancer's id (the same header) is kept when it is a plain token.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestIds extends HttpFilter {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "request.id";
    static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._-]{8,64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String id = id(req.getHeader(HEADER));
        res.setHeader(HEADER, id);
        try (LogContext ignored = LogContext.of(MDC_KEY, id)) {
            chain.doFilter(req, res);
        }
    }

    /** The caller's id when it is a plain token (nothing to inject into a log line), a new one otherwise. */
    static String id(String given) {
        if (given != null && ACCEPTED.matcher(given).matches()) {
            return given;
        }
        byte[] b = new byte[8];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
