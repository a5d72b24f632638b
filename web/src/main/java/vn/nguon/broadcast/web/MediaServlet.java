package vn.nguon.broadcast.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.nguon.broadcast.application.MediaAccess;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bulletin's audio for devices: {@code /media/<id>?exp=…&sig=…} (a signed link from a PLAY
 * command), with HTTP Range support so that a device on a weak link resumes where it stopped.
 */
@WebServlet("/media/*")
public class MediaServlet extends HttpServlet {

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    @Inject
    MediaAccess media;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<MediaAccess.File> file;
        try {
            long id = Long.parseLong(req.getPathInfo() == null ? "" : req.getPathInfo().substring(1));
            file = media.open(id, Long.parseLong(req.getParameter("exp")), req.getParameter("sig"));
        } catch (NumberFormatException e) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (file.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_FORBIDDEN, "link invalid or expired");
            return;
        }
        byte[] data = file.get().data();
        resp.setContentType(file.get().contentType());
        resp.setHeader("Accept-Ranges", "bytes");
        resp.setHeader("ETag", "\"" + file.get().sha256() + "\"");
        resp.setHeader("Cache-Control", "private, max-age=3600");
        long from = 0;
        long to = data.length - 1L;
        String range = req.getHeader("Range");
        if (range != null) {
            Matcher m = RANGE.matcher(range.strip());
            if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
                unsatisfiable(resp, data.length);
                return;
            }
            if (m.group(1).isEmpty()) { // the last N bytes
                from = Math.max(0, data.length - Long.parseLong(m.group(2)));
            } else {
                from = Long.parseLong(m.group(1));
                if (!m.group(2).isEmpty()) {
                    to = Math.min(to, Long.parseLong(m.group(2)));
                }
            }
            if (from > to || from >= data.length) {
                unsatisfiable(resp, data.length);
                return;
            }
            resp.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
            resp.setHeader("Content-Range", "bytes " + from + "-" + to + "/" + data.length);
        }
        resp.setContentLengthLong(to - from + 1);
        resp.getOutputStream().write(data, (int) from, (int) (to - from + 1));
    }

    private static void unsatisfiable(HttpServletResponse resp, int length) throws IOException {
        resp.setHeader("Content-Range", "bytes */" + length);
        resp.sendError(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
    }
}
