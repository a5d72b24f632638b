package vn.nguon.identity.infrastructure;

import org.wildfly.security.http.oidc.AccessToken;
import org.wildfly.security.http.oidc.OidcPrincipal;
import org.wildfly.security.http.oidc.OidcSecurityContext;

import java.security.Principal;
import java.util.Optional;

/** Reads claims of the OIDC tokens behind a principal established by elytron-oidc-client. */
public final class TokenClaims {

    public static final String UNIT_CODE = "unit_code";

    static final String POSITION = "position";

    private TokenClaims() {
    }

    public static Optional<OidcSecurityContext> of(Principal principal) {
        if (principal instanceof OidcPrincipal<?> p) {
            return Optional.ofNullable(p.getOidcSecurityContext());
        }
        return Optional.empty();
    }

    public static Optional<String> unitCode(Principal principal) {
        return of(principal).map(OidcSecurityContext::getToken)
                .map(t -> t.getClaimValueAsString(UNIT_CODE))
                .filter(s -> !s.isBlank());
    }

    /** The office a leader signs in (claim {@code position}), if the realm gives one. */
    public static Optional<String> position(Principal principal) {
        return of(principal).map(OidcSecurityContext::getToken)
                .map(t -> t.getClaimValueAsString(POSITION))
                .filter(s -> !s.isBlank());
    }

    /** "Lò Văn Minh": family name first, as Vietnamese names are written. */
    public static Optional<String> displayName(Principal principal) {
        return of(principal).map(OidcSecurityContext::getToken).map(TokenClaims::vietnameseName);
    }

    public static Optional<String> idTokenString(Principal principal) {
        return of(principal).map(OidcSecurityContext::getIDTokenString);
    }

    static String vietnameseName(AccessToken t) {
        String family = t.getFamilyName();
        String given = t.getGivenName();
        String name = ((family == null ? "" : family) + " " + (given == null ? "" : given)).strip();
        return name.isEmpty() ? t.getPreferredUsername() : name;
    }
}
