package vn.nguon.org.infrastructure;

import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import vn.nguon.org.domain.Boundaries;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads a boundary file shipped with Nguồn ({@code vn/nguon/org/data/*-boundaries.json.gz}, made
 * by {@code docs/tools/derive-boundaries.py}): {@code {"source": "…", "units": {"code": [[lon, lat,
 * lon, lat, …], …]}}}, gzipped. Streamed: the 450,000 points of the communes are never a JSON tree.
 */
public final class BoundaryFile {

    public static final String COMMUNES = "/vn/nguon/org/data/commune-boundaries.json.gz";
    public static final String PROVINCES = "/vn/nguon/org/data/province-boundaries.json.gz";

    private BoundaryFile() {
    }

    /** The file on the class path; a malformed one is refused with its name and what is wrong. */
    public static Boundaries load(String resource) {
        try (InputStream in = BoundaryFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + ": not on the class path");
            }
            return read(resource, new GZIPInputStream(in));
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
        }
    }

    static Boundaries read(String name, InputStream json) {
        String source = null;
        List<Boundaries.Shape> shapes = new ArrayList<>();
        try (JsonParser p = Json.createParser(json)) {
            expect(name, p, JsonParser.Event.START_OBJECT);
            while (p.next() == JsonParser.Event.KEY_NAME) {
                String key = p.getString();
                if (key.equals("source")) {
                    expect(name, p, JsonParser.Event.VALUE_STRING);
                    source = p.getString();
                } else if (key.equals("units")) {
                    expect(name, p, JsonParser.Event.START_OBJECT);
                    while (p.next() == JsonParser.Event.KEY_NAME) {
                        String code = p.getString();
                        shapes.add(shape(name, code, p));
                    }
                } else {
                    throw new IllegalStateException(name + ": unknown field " + key);
                }
            }
        } catch (jakarta.json.JsonException e) {
            throw new IllegalStateException(name + ": not JSON as expected: " + e.getMessage(), e);
        }
        if (shapes.isEmpty()) {
            throw new IllegalStateException(name + ": no unit");
        }
        return new Boundaries(source == null ? "" : source, shapes);
    }

    private static Boundaries.Shape shape(String name, String code, JsonParser p) {
        expect(name, p, JsonParser.Event.START_ARRAY);
        List<float[]> rings = new ArrayList<>();
        while (p.next() == JsonParser.Event.START_ARRAY) {
            float[] ring = new float[64];
            int n = 0;
            for (JsonParser.Event e; (e = p.next()) != JsonParser.Event.END_ARRAY; ) {
                if (e != JsonParser.Event.VALUE_NUMBER) {
                    throw new IllegalStateException(name + ": unit " + code + ": a ring holds numbers only");
                }
                if (n == ring.length) {
                    ring = java.util.Arrays.copyOf(ring, n * 2);
                }
                ring[n++] = (float) p.getBigDecimal().doubleValue();
            }
            for (int i = 0; i < n; i += 2) {
                if (i + 1 >= n || ring[i] < -180 || ring[i] > 180 || ring[i + 1] < -90 || ring[i + 1] > 90) {
                    throw new IllegalStateException(name + ": unit " + code + ": not (longitude, latitude) pairs");
                }
            }
            rings.add(java.util.Arrays.copyOf(ring, n));
        }
        try {
            return Boundaries.Shape.of(code, rings);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(name + ": " + e.getMessage(), e);
        }
    }

    private static void expect(String name, JsonParser p, JsonParser.Event event) {
        JsonParser.Event e = p.hasNext() ? p.next() : null;
        if (e != event) {
            throw new IllegalStateException(name + ": expected " + event + ", found " + e);
        }
    }
}
