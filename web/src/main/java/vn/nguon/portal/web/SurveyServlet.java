package vn.nguon.portal.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.nguon.feedback.application.FeedbackIntake;
import vn.nguon.feedback.application.Surveys;
import vn.nguon.kernel.ValidationFailedException;
import vn.nguon.web.ClientAddress;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A citizen's answers to a survey on the portal ({@code POST /public/portal/survey}, a plain form: the portal's
 * pages keep no state). One answer per browser: a random token in a cookie of its own; then back to the unit's
 * page, which thanks them or says why not ({@code &survey=thanks|already|invalid|busy}).
 */
@WebServlet("/public/portal/survey")
public class SurveyServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String COOKIE = "nguon_survey";

    @Inject
    Surveys surveys;

    @Inject
    ClientAddress clients;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        req.setCharacterEncoding("UTF-8");
        String unit = req.getParameter("unit");
        String lang = "en".equals(req.getParameter("lang")) ? "en" : "vi";
        String token = null;
        if (req.getCookies() != null) {
            for (Cookie c : req.getCookies()) {
                if (COOKIE.equals(c.getName())) {
                    token = c.getValue();
                }
            }
        }
        if (token == null || !token.matches("[0-9a-f-]{36}")) {
            token = UUID.randomUUID().toString();
            Cookie c = new Cookie(COOKIE, token);
            c.setHttpOnly(true);
            c.setPath(req.getContextPath() + "/public/portal");
            c.setMaxAge(60 * 60 * 24 * 365);
            c.setAttribute("SameSite", "Lax");
            resp.addCookie(c);
        }
        String outcome;
        try {
            surveys.answer(Long.parseLong(req.getParameter("survey")), req.getParameterMap(), token, clients.of(req));
            outcome = "thanks";
        } catch (NumberFormatException | ValidationFailedException e) {
            outcome = "invalid";
        } catch (Surveys.AlreadyAnswered e) {
            outcome = "already";
        } catch (FeedbackIntake.TooMany e) {
            outcome = "busy";
        }
        resp.sendRedirect(req.getContextPath() + "/public/portal/unit.xhtml?unit=" + URLEncoder.encode(unit == null ? "" : unit, StandardCharsets.UTF_8)
                + "&lang=" + lang + "&survey=" + outcome + "#surveys");
    }
}
