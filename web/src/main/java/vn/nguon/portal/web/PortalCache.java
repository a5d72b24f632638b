package vn.nguon.portal.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Makes the portal's pages and feeds hold a surge (the readers who come after an emergency alert): each address
 * is rendered at most once per {@code nguon.portal.cache-seconds} (default 30; readers who arrive during a render
 * wait for it) and replayed from memory with the headers it was rendered with — its script nonce and policy
 * included; answers carry {@code Cache-Control: public, max-age=…} and an ETag of what the page says, and a request
 * whose {@code If-None-Match} names it gets 304 without a body. The ETag leaves out the script nonce; a 304
 * carries no security headers, so that the browser keeps the ones stored with the page it shows. A new alert
 * shows within the cache's seconds.
 */
@WebFilter("/public/portal/*")
public class PortalCache extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Pattern NONCE = Pattern.compile("nonce=\"[^\"]*\"");
    private static final Pattern CSP_NONCE = Pattern.compile("'nonce-([^']+)'");

    /** A page as rendered: its body, ETag and the headers it went out with (its script nonce among them). */
    record Page(byte[] body, String etag, Map<String, String> headers, long at) {
    }

    /** Headers a page is replayed with: not the session's, not the length or date. */
    static final Set<String> SKIPPED = Set.of("set-cookie", "date", "content-length", "etag", "cache-control", "expires", "pragma");
    static final int MAX_PAGES = 5_000;

    /** The pages rendered in the last {@code nguon.portal.cache-seconds} (default 30), per address; per node. */
    static final ConcurrentHashMap<String, Page> PAGES = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<String, Object> RENDERING = new ConcurrentHashMap<>();

    @Inject
    @ConfigProperty(name = "nguon.portal.cache-seconds", defaultValue = "30")
    int seconds;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain) throws IOException, ServletException {
        if (!"GET".equals(req.getMethod()) && !"HEAD".equals(req.getMethod())) {
            chain.doFilter(req, resp);
            return;
        }
        String key = req.getRequestURI() + "?" + (req.getQueryString() == null ? "" : req.getQueryString());
        long now = System.currentTimeMillis();
        Page page = fresh(PAGES.get(key), now);
        if (page == null) {
            // one render per address at a time: the readers who come meanwhile wait for it instead of rendering too
            Object lock = RENDERING.computeIfAbsent(key, k -> new Object());
            synchronized (lock) {
                page = fresh(PAGES.get(key), now);
                if (page == null) {
                    Buffered buffered = new Buffered(resp);
                    chain.doFilter(req, buffered);
                    if (buffered.error != null) {
                        resp.sendError(buffered.error, buffered.errorMessage); // an error page, never cached
                        return;
                    }
                    byte[] body = buffered.bytes();
                    if (buffered.status() != HttpServletResponse.SC_OK) {
                        if (!resp.isCommitted()) {
                            resp.getOutputStream().write(body);
                        }
                        return;
                    }
                    page = new Page(body, etag(body, resp.getHeader("Content-Security-Policy")), headers(resp), System.currentTimeMillis());
                    if (seconds > 0) {
                        if (PAGES.size() >= MAX_PAGES) {
                            PAGES.clear();
                        }
                        PAGES.put(key, page);
                    }
                }
            }
        }
        serve(req, resp, page);
    }

    private Page fresh(Page p, long now) {
        return p != null && now - p.at() < seconds * 1000L ? p : null;
    }

    private void serve(HttpServletRequest req, HttpServletResponse resp, Page page) throws IOException {
        if (page.etag().equals(req.getHeader("If-None-Match"))) {
            resp.reset(); // no security headers: the browser keeps those stored with the page it shows
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            resp.setHeader("ETag", page.etag());
            resp.setHeader("Cache-Control", "public, max-age=" + Math.max(seconds, 1));
            return;
        }
        page.headers().forEach(resp::setHeader);
        resp.setHeader("ETag", page.etag());
        resp.setHeader("Cache-Control", "public, max-age=" + Math.max(seconds, 1));
        resp.setContentLength(page.body().length);
        if (!"HEAD".equals(req.getMethod())) {
            resp.getOutputStream().write(page.body());
        }
    }

    private static Map<String, String> headers(HttpServletResponse resp) {
        Map<String, String> h = new java.util.LinkedHashMap<>();
        for (String name : resp.getHeaderNames()) {
            if (!SKIPPED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                h.put(name, resp.getHeader(name));
            }
        }
        if (resp.getContentType() != null) {
            h.put("Content-Type", resp.getContentType());
        }
        return h;
    }

    /** What the page says, without its script nonce (a new one on every render). */
    static String etag(byte[] body, String csp) {
        String text = NONCE.matcher(new String(body, StandardCharsets.UTF_8)).replaceAll("");
        // the nonce also appears inside PrimeFaces' script (PrimeFaces.csp.init('…')): every copy of it is left out
        java.util.regex.Matcher nonce = csp == null ? null : CSP_NONCE.matcher(csp);
        if (nonce != null && nonce.find()) {
            text = text.replace(nonce.group(1), "");
        }
        return "W/\"" + hash(text) + "\"";
    }

    private static String hash(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8))).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A response that keeps its body for the filter. */
    static final class Buffered extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream(16_384);
        private PrintWriter writer;
        private int status = SC_OK;
        private final ServletOutputStream stream = new ServletOutputStream() {
            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
            }

            @Override
            public void write(int b) {
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                out.write(b, off, len);
            }
        };

        Buffered(HttpServletResponse r) {
            super(r);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            }
            return writer;
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
            super.setStatus(sc);
        }

        Integer error;
        String errorMessage;

        @Override
        public void sendError(int sc) {
            status = sc;
            error = sc;
        }

        @Override
        public void sendError(int sc, String msg) {
            status = sc;
            error = sc;
            errorMessage = msg;
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            status = SC_FOUND;
            super.sendRedirect(location);
        }

        @Override
        public void setContentLength(int len) {
        }

        @Override
        public void setContentLengthLong(long len) {
        }

        @Override
        public void flushBuffer() {
        }

        int status() {
            return status;
        }

        byte[] bytes() {
            if (writer != null) {
                writer.flush();
            }
            return out.toByteArray();
        }
    }
}
