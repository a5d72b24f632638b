package vn.nguon.identity.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.nguon.identity.infrastructure.TokenClaims;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Ends both the application session and the Keycloak SSO session (OIDC RP-initiated logout), so
 * that the next visit asks for the password again.
 */
@WebServlet(LogoutServlet.PATH)
public class LogoutServlet extends HttpServlet {

    static final String PATH = "/logout";

    @Inject
    @ConfigProperty(name = "oidc.provider.url", defaultValue = "http://localhost:8180/realms/nguon")
    String providerUrl;

    @Inject
    @ConfigProperty(name = "oidc.client.id", defaultValue = "nguon-web")
    String clientId;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException, ServletException {
        Optional<String> idToken = TokenClaims.idTokenString(req.getUserPrincipal());
        HttpSession session = req.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        req.logout();
        String back = req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort()
                + req.getContextPath() + "/";
        StringBuilder url = new StringBuilder(providerUrl)
                .append("/protocol/openid-connect/logout?post_logout_redirect_uri=")
                .append(URLEncoder.encode(back, StandardCharsets.UTF_8))
                .append("&client_id=").append(URLEncoder.encode(clientId, StandardCharsets.UTF_8));
        idToken.ifPresent(t -> url.append("&id_token_hint=").append(URLEncoder.encode(t, StandardCharsets.UTF_8)));
        res.sendRedirect(url.toString());
    }
}
