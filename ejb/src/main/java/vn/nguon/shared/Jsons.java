package vn.nguon.shared;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON-P provider, looked up once. {@code jakarta.json.Json}'s static methods look the provider
 * up through {@link java.util.ServiceLoader} on every call, which scans the deployment's jars: on
 * the per-device paths (one command built, one acknowledgement read per device) that scan cost
 * more than the JSON itself.
 */
public final class Jsons {

    public static final JsonProvider PROVIDER = JsonProvider.provider();

    private Jsons() {
    }
}
