package vn.nguon.web;

import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A file a servlet sends to the browser: its type, its name (UTF-8, RFC 5987), opened in place or saved, never cached by others. */
public final class Downloads {

    private Downloads() {
    }

    /** The Content-Disposition of a file named {@code name}: {@code inline} (shown in place) or {@code attachment}. */
    public static String disposition(boolean inline, String name) {
        return (inline ? "inline" : "attachment") + "; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Sends the bytes as they are, private to the signed-in official ({@code no-store}). */
    public static void send(HttpServletResponse resp, byte[] body, String type, String name, boolean inline) throws IOException {
        resp.setContentType(type);
        resp.setHeader("Cache-Control", "private, no-store");
        resp.setHeader("Content-Disposition", disposition(inline, name));
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
