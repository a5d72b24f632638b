package vn.nguon.broadcast.web;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.nguon.broadcast.application.BroadcastQueries;
import vn.nguon.kernel.AccessRefusedException;
import vn.nguon.kernel.TransitionRefusedException;
import vn.nguon.kernel.ValidationFailedException;
import vn.nguon.web.Messages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The broadcasts' files for the pages, through the signed-in official's browser session (the JSON API takes bearer
 * tokens only): an alert as CAP 1.2 ({@code /broadcasts/cap/<id>}) and the broadcast log as CSV
 * ({@code /broadcasts/log.csv?unit=&from=&to=}, the last seven days by default) — the same content and rules as
 * {@code /api/bulletins/{id}/cap} and {@code /api/broadcast-log?format=csv}.
 */
@WebServlet({"/broadcasts/cap/*", "/broadcasts/log.csv"})
public class BroadcastDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    BroadcastQueries queries;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        byte[] body;
        String type, name;
        try {
            if (req.getServletPath().equals("/broadcasts/log.csv")) {
                Instant[] range = LogDays.of(req.getParameter("from"), req.getParameter("to"));
                body = BroadcastLogCsv.write(queries.log(req.getParameter("unit"), range[0], range[1]), Messages.bundle(req.getLocale()))
                        .getBytes(StandardCharsets.UTF_8);
                type = "text/csv; charset=UTF-8";
                name = "nhat-ky-phat-thanh.csv";
            } else {
                String id = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
                if (!id.matches("\\d{1,18}")) {
                    resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                body = queries.cap(Long.parseLong(id)).getBytes(StandardCharsets.UTF_8);
                type = "application/cap+xml; charset=UTF-8";
                name = "canh-bao-" + id + ".cap.xml";
            }
        } catch (AccessRefusedException | EJBAccessException e) {
            resp.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (TransitionRefusedException | IllegalArgumentException e) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (ValidationFailedException e) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        vn.nguon.web.Downloads.send(resp, body, type, name, false);
    }
}
