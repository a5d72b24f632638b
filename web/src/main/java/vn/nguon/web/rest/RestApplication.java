package vn.nguon.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The JSON API under {@code /nguon/api}, for integrations and scripted use. It is protected by
 * the same Keycloak login as the pages; clients send an access token ({@code Authorization:
 * Bearer …}).
 */
@ApplicationPath("api")
public class RestApplication extends Application {
}
