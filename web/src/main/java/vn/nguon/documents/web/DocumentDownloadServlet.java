package vn.nguon.documents.web;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.nguon.documents.application.DocumentQueries;
import vn.nguon.kernel.AccessRefusedException;
import vn.nguon.kernel.TransitionRefusedException;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signed document for the pages ({@code /documents/<id>/pdf}, {@code /documents/<id>/xlsx}), and a report's draft
 * preview ({@code /documents/preview/<report id>}, watermarked "BẢN NHÁP"): the signed-in
 * official's browser session, where the JSON API takes bearer tokens only — the same bytes, under the same rule
 * (the document's unit or one above it; 403 otherwise, 404 for none).
 */
@WebServlet("/documents/*")
public class DocumentDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/(\\d{1,18})/(pdf|xlsx)"), PREVIEW = Pattern.compile("/preview/(\\d{1,18})");

    @Inject
    DocumentQueries queries;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        Matcher m = PATH.matcher(path), preview = PREVIEW.matcher(path);
        if (!m.matches() && !preview.matches()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        DocumentQueries.DocumentFile f;
        try {
            f = preview.matches() ? queries.preview(Long.parseLong(preview.group(1)))
                    : queries.file(Long.parseLong(m.group(1)), m.group(2).equals("xlsx"));
        } catch (AccessRefusedException | EJBAccessException e) {
            resp.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (TransitionRefusedException e) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        vn.nguon.web.Downloads.send(resp, f.bytes(), f.mediaType(), f.fileName(), f.mediaType().equals("application/pdf"));
    }
}
