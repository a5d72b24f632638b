package vn.nguon.org.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import vn.nguon.org.domain.Boundaries;
import vn.nguon.org.domain.OrgUnit;
import vn.nguon.org.domain.OrgUnitRepository;
import vn.nguon.org.domain.UnitLevel;
import vn.nguon.org.infrastructure.BoundaryFile;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where units lie: which commune a map point falls in, and the shapes maps draw (the 34 provinces,
 * or one province's communes) as GeoJSON. The shapes ship with Nguồn (see the data's
 * {@code SOURCE.md}); they are read on first use (about half a second) and kept. Public reference
 * data, like the hierarchy itself.
 */
@Singleton
@Lock(LockType.READ)
@PermitAll
public class Geography {

    @Inject
    OrgUnitRepository units;

    /** The shapes, read on first use and kept (file → shapes). */
    private final Map<String, Boundaries> loaded = new ConcurrentHashMap<>();
    private final Map<String, String> drawn = new ConcurrentHashMap<>();

    /** The commune the point (WGS 84 degrees) lies in; empty at sea, abroad, or in a sliver between two shapes. */
    public Optional<UnitView> communeAt(double latitude, double longitude) {
        return communes().at(latitude, longitude).flatMap(units::find).filter(u -> u.level() == UnitLevel.COMMUNE).map(UnitView::of);
    }

    /** The code of the province a commune belongs to (null for an unknown code). */
    public String provinceOf(String commune) {
        return units.find(commune).map(OrgUnit::parent).map(OrgUnit::code).orElse(null);
    }

    /**
     * The shapes a map of {@code unit} draws, as a GeoJSON FeatureCollection (each feature's {@code id}
     * and {@code properties.code} the unit's code, {@code properties.name} its full name): the provinces
     * for the ministry (or no unit), a province's communes, a commune alone. Empty for an unknown code.
     */
    public Optional<String> shapes(String unit) {
        OrgUnit u = unit == null || unit.isBlank() ? null : units.find(unit).orElse(null);
        if (unit != null && !unit.isBlank() && u == null) {
            return Optional.empty();
        }
        String key = u == null ? "" : u.code();
        String cached = drawn.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        List<OrgUnit> members;
        Boundaries from;
        if (u == null || u.level() == UnitLevel.MINISTRY) {
            members = units.children(u == null ? vn.nguon.org.domain.AdministrativeUnitList.MINISTRY_CODE : u.code());
            from = provinces();
        } else if (u.level() == UnitLevel.PROVINCE) {
            members = units.children(u.code());
            from = communes();
        } else {
            members = List.of(u);
            from = communes();
        }
        String json = geoJson(members, from);
        drawn.put(key, json);
        return Optional.of(json);
    }

    static String geoJson(List<OrgUnit> members, Boundaries from) {
        StringBuilder b = new StringBuilder(1 << 16).append("{\"type\":\"FeatureCollection\",\"features\":[");
        boolean first = true;
        for (OrgUnit m : members) {
            Optional<Boundaries.Shape> s = from.shape(m.code());
            if (s.isEmpty()) {
                continue;
            }
            b.append(first ? "" : ",").append("{\"type\":\"Feature\",\"id\":\"").append(m.code())
                    .append("\",\"properties\":{\"code\":\"").append(m.code()).append("\",\"name\":\"")
                    .append(m.fullName().replace("\\", "\\\\").replace("\"", "\\\""))
                    .append("\"},\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[");
            boolean firstRing = true;
            for (float[] r : s.get().rings()) {
                b.append(firstRing ? "" : ",").append("[[");
                for (int i = 0; i < r.length; i += 2) {
                    b.append(i == 0 ? "" : ",").append('[').append(round(r[i])).append(',').append(round(r[i + 1])).append(']');
                }
                b.append("]]");
                firstRing = false;
            }
            b.append("]}}");
            first = false;
        }
        return b.append("]}").toString();
    }

    private static double round(float v) {
        return Math.round(v * 100_000d) / 100_000d;
    }

    private Boundaries communes() {
        return loaded.computeIfAbsent(BoundaryFile.COMMUNES, BoundaryFile::load);
    }

    private Boundaries provinces() {
        return loaded.computeIfAbsent(BoundaryFile.PROVINCES, BoundaryFile::load);
    }
}
