package vn.nguon.portal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Makes the portal's pages and feeds cacheable: {@code Cache-Control: public, max-age=60} and an ETag of what the
 * page says; a request whose {@code If-None-Match} names it gets 304 without a body (the surge of readers after an
 * alert costs one render a minute per page and cache). The ETag leaves out the script nonce (different on every
 * answer); a 304 carries no security headers, so that the browser keeps the ones stored with the page it shows.
 */
@WebFilter("/public/portal/*")
public class PortalCache extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Pattern NONCE = Pattern.compile("nonce=\"[^\"]*\"");
    private static final Pattern CSP_NONCE = Pattern.compile("'nonce-([^']+)'");

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain) throws IOException, ServletException {
        if (!"GET".equals(req.getMethod()) && !"HEAD".equals(req.getMethod())) {
            chain.doFilter(req, resp);
            return;
        }
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
        String text = NONCE.matcher(new String(body, StandardCharsets.UTF_8)).replaceAll("");
        // the nonce also appears inside PrimeFaces' script (PrimeFaces.csp.init('…')): every copy of it is left out
        String csp = resp.getHeader("Content-Security-Policy");
        java.util.regex.Matcher nonce = csp == null ? null : CSP_NONCE.matcher(csp);
        if (nonce != null && nonce.find()) {
            text = text.replace(nonce.group(1), "");
        }
        String etag = "W/\"" + hash(text) + "\"";
        if (etag.equals(req.getHeader("If-None-Match"))) {
            resp.reset();
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            resp.setHeader("ETag", etag);
            resp.setHeader("Cache-Control", "public, max-age=60");
            return;
        }
        resp.setHeader("ETag", etag);
        resp.setHeader("Cache-Control", "public, max-age=60");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
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
