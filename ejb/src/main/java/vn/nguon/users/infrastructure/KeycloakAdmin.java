package vn.nguon.users.infrastructure;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.ClientBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.client.jaxrs.ResteasyClientBuilder;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;

import java.util.concurrent.TimeUnit;

/**
 * The one Keycloak admin client of the application: Nguồn's own confidential client ({@code nguon-admin},
 * client-credentials grant, holding only realm-management's view-users, query-users, manage-users and
 * view-realm), never an administrator's password. Thread-safe (a pool of 10 connections), with timeouts
 * so that a slow Keycloak is an error and not a hung page; the library fetches and refreshes its token.
 * Closed when the application stops.
 */
@ApplicationScoped
public class KeycloakAdmin {

    @Inject
    @ConfigProperty(name = "OIDC_PROVIDER_URL", defaultValue = "http://localhost:8180/realms/nguon")
    String providerUrl;

    @Inject
    @ConfigProperty(name = "nguon.admin.client-id", defaultValue = "nguon-admin")
    String clientId;

    @Inject
    @ConfigProperty(name = "nguon.admin.client-secret", defaultValue = "nguon-admin-dev-secret")
    String clientSecret;

    @Inject
    @ConfigProperty(name = "nguon.admin.timeout-seconds", defaultValue = "10")
    int timeoutSeconds;

    private volatile Keycloak keycloak;

    /** The realm of Nguồn's accounts. */
    public RealmResource realm() {
        return client().realm(realmName());
    }

    private Keycloak client() {
        Keycloak k = keycloak;
        if (k == null) {
            synchronized (this) {
                if (keycloak == null) {
                    ResteasyClientBuilder http = ((ResteasyClientBuilder) ClientBuilder.newBuilder()).connectionPoolSize(10);
                    http.connectTimeout(timeoutSeconds, TimeUnit.SECONDS).readTimeout(timeoutSeconds, TimeUnit.SECONDS);
                    http.register(JacksonProvider.class, 100);
                    keycloak = KeycloakBuilder.builder().serverUrl(serverUrl()).realm(realmName())
                            .grantType(OAuth2Constants.CLIENT_CREDENTIALS).clientId(clientId).clientSecret(clientSecret)
                            .resteasyClient(http.build()).build();
                }
                k = keycloak;
            }
        }
        return k;
    }

    /** {@code http://host:8180/realms/nguon} → {@code http://host:8180}. */
    String serverUrl() {
        return providerUrl.substring(0, providerUrl.indexOf("/realms/"));
    }

    String realmName() {
        String rest = providerUrl.substring(providerUrl.indexOf("/realms/") + "/realms/".length());
        return rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
    }

    @PreDestroy
    void close() {
        Keycloak k = keycloak;
        if (k != null) {
            k.close();
        }
    }
}
