package vn.nguon.org.application;

import vn.nguon.org.domain.OrgUnit;
import vn.nguon.org.domain.UnitLevel;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A unit as the UI shows it: code, full name, level and its chain of parents up to (not
 * including) the ministry, e.g. {@code ["Xã Bình Lư", "Tỉnh Lai Châu"]}.
 */
public record UnitView(String code, String fullName, UnitLevel level, List<String> chain) implements Serializable {

    public static UnitView of(OrgUnit unit) {
        List<String> chain = unit.chain().stream()
                .filter(u -> u == unit || u.level() != UnitLevel.MINISTRY)
                .map(OrgUnit::fullName)
                .toList();
        return new UnitView(unit.code(), unit.fullName(), unit.level(), chain);
    }

    /** "Xã Bình Lư — Tỉnh Lai Châu". */
    public String chainText() {
        return chain.stream().collect(Collectors.joining(" — "));
    }
}
