package vn.nguon.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a request came from, for per-client limits. Behind a load balancer every request comes from the
 * balancer: name the header it writes the client's address in ({@code NGUON_CLIENT_ADDRESS_HEADER}, e.g.
 * {@code X-Forwarded-For}; its first address is taken). Unset (the default), the header is not trusted — a
 * client could write any address in it.
 */
@ApplicationScoped
public class ClientAddress {

    @Inject
    @ConfigProperty(name = "nguon.client-address-header", defaultValue = "none")
    String header;

    public String of(HttpServletRequest request) {
        if (!"none".equals(header) && !header.isBlank()) {
            String v = request.getHeader(header);
            if (v != null && !v.isBlank()) {
                String first = v.split(",")[0].strip();
                return first.length() <= 64 ? first : first.substring(0, 64);
            }
        }
        return request.getRemoteAddr();
    }
}
