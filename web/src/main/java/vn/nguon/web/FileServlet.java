package vn.nguon.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.nguon.shared.files.FileAccess;

import java.io.IOException;
import java.util.Optional;

/**
 * A stored image or PDF through a signed, expiring link: {@code /files/<id>?exp=…&sig=…} — the picture an
 * e-board is told to show, or a document a page offers to the users who may see it. The type is the one the
 * content was checked to be; a PDF opens in the browser under its own name.
 */
@WebServlet("/files/*")
public class FileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    FileAccess files;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<FileAccess.File> file;
        try {
            long id = Long.parseLong(req.getPathInfo() == null ? "" : req.getPathInfo().substring(1));
            file = files.open(id, Long.parseLong(req.getParameter("exp")), req.getParameter("sig"));
        } catch (NumberFormatException e) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (file.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_FORBIDDEN, "link invalid or expired");
            return;
        }
        FileAccess.File f = file.get();
        String etag = "\"" + f.sha256() + "\"";
        resp.setHeader("ETag", etag);
        resp.setHeader("Cache-Control", "private, max-age=3600");
        if (etag.equals(req.getHeader("If-None-Match"))) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        resp.setContentType(f.contentType());
        resp.setHeader("Content-Disposition", Downloads.disposition(true, f.fileName()));
        resp.setContentLength(f.data().length);
        resp.getOutputStream().write(f.data());
    }
}
