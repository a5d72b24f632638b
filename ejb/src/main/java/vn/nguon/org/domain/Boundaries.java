package vn.nguon.org.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shapes of a set of units (the 3,321 communes, or the 34 provinces): for each unit code its
 * rings, each a closed line of (longitude, latitude) points. A point is inside a unit when it lies
 * inside an odd number of its rings (even–odd rule: a ring within a ring is a hole, two apart are
 * two parts). Which unit a point falls in is found by the units' bounding boxes, then the rings of
 * the few boxes that hold it — a few microseconds for the whole country.
 *
 * <p>Precision is the data's: shapes simplified to about 50 m (communes) or 800 m (provinces), so
 * a point that close to a border may fall on either side, or in a sliver between two units (then it
 * falls in none, like a point at sea).
 */
public final class Boundaries {

    /** One unit's shape: its rings as {@code [lon0, lat0, lon1, lat1, …]} and their bounding box. */
    public record Shape(String code, List<float[]> rings, float minLon, float minLat, float maxLon, float maxLat) {

        public static Shape of(String code, List<float[]> rings) {
            if (rings.isEmpty()) {
                throw new IllegalArgumentException(code + ": no ring");
            }
            float minLon = Float.MAX_VALUE, minLat = Float.MAX_VALUE, maxLon = -Float.MAX_VALUE, maxLat = -Float.MAX_VALUE;
            for (float[] r : rings) {
                if (r.length < 6 || r.length % 2 != 0) {
                    throw new IllegalArgumentException(code + ": a ring needs at least three (longitude, latitude) points");
                }
                for (int i = 0; i < r.length; i += 2) {
                    minLon = Math.min(minLon, r[i]);
                    maxLon = Math.max(maxLon, r[i]);
                    minLat = Math.min(minLat, r[i + 1]);
                    maxLat = Math.max(maxLat, r[i + 1]);
                }
            }
            return new Shape(code, List.copyOf(rings), minLon, minLat, maxLon, maxLat);
        }

        boolean boxHolds(double lon, double lat) {
            return lon >= minLon && lon <= maxLon && lat >= minLat && lat <= maxLat;
        }

        /** Whether the point lies inside the shape (even–odd over all its rings). */
        public boolean contains(double lon, double lat) {
            if (!boxHolds(lon, lat)) {
                return false;
            }
            boolean inside = false;
            for (float[] r : rings) {
                if (inRing(r, lon, lat)) {
                    inside = !inside;
                }
            }
            return inside;
        }

        private static boolean inRing(float[] r, double x, double y) {
            boolean c = false;
            int n = r.length / 2;
            for (int i = 0, j = n - 1; i < n; j = i++) {
                double xi = r[2 * i], yi = r[2 * i + 1], xj = r[2 * j], yj = r[2 * j + 1];
                if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
                    c = !c;
                }
            }
            return c;
        }

        public int points() {
            return rings.stream().mapToInt(r -> r.length / 2).sum();
        }
    }

    private final Map<String, Shape> shapes;
    private final String source;

    public Boundaries(String source, List<Shape> shapes) {
        Map<String, Shape> m = new LinkedHashMap<>();
        for (Shape s : shapes) {
            if (m.put(s.code(), s) != null) {
                throw new IllegalArgumentException("two shapes for " + s.code());
            }
        }
        this.shapes = Collections.unmodifiableMap(m);
        this.source = source;
    }

    /** Where the shapes come from (shown with maps). */
    public String source() {
        return source;
    }

    public Optional<Shape> shape(String code) {
        return Optional.ofNullable(shapes.get(code));
    }

    public Map<String, Shape> all() {
        return shapes;
    }

    /**
     * The unit the point lies in; empty outside every shape (at sea, abroad, or in a sliver the
     * simplification left between two units). Should two shapes overlap there, the smaller wins.
     */
    public Optional<String> at(double latitude, double longitude) {
        if (!Double.isFinite(latitude) || !Double.isFinite(longitude)) {
            return Optional.empty();
        }
        Shape best = null;
        for (Shape s : shapes.values()) {
            if (s.contains(longitude, latitude) && (best == null || area(s) < area(best))) {
                best = s;
            }
        }
        return Optional.ofNullable(best).map(Shape::code);
    }

    private static double area(Shape s) {
        return (double) (s.maxLon() - s.minLon()) * (s.maxLat() - s.minLat());
    }

    /** The codes among {@code expected} that have no shape (a check when the data is loaded). */
    public List<String> missing(Iterable<String> expected) {
        List<String> out = new ArrayList<>();
        expected.forEach(c -> {
            if (!shapes.containsKey(c)) {
                out.add(c);
            }
        });
        return out;
    }
}
