package vn.nguon.devices.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What an operator types or imports for one device, checked field by field: type, name (≤ 200),
 * village (thôn/bản, optional), coordinates inside Vietnam (mainland and islands) or both empty,
 * transport. {@code communeCode} may be null (the operator's own commune).
 */
public record DeviceData(String communeCode, DeviceType type, String name, String village, BigDecimal latitude,
                         BigDecimal longitude, Transport transport) {

    static final BigDecimal LAT_MIN = new BigDecimal("6.0");
    static final BigDecimal LAT_MAX = new BigDecimal("24.0");
    static final BigDecimal LON_MIN = new BigDecimal("102.0");
    static final BigDecimal LON_MAX = new BigDecimal("118.0");

    /** The problems of already-typed values (line 0); empty when valid. */
    public List<DeviceProblem> problems(int line) {
        List<DeviceProblem> p = new ArrayList<>();
        if (type == null) {
            p.add(new DeviceProblem(line, "type", DeviceProblem.REQUIRED, null));
        }
        if (name == null || name.isBlank()) {
            p.add(new DeviceProblem(line, "name", DeviceProblem.REQUIRED, null));
        } else if (name.strip().length() > 200) {
            p.add(new DeviceProblem(line, "name", DeviceProblem.TOO_LONG, "200"));
        }
        if (village != null && village.strip().length() > 200) {
            p.add(new DeviceProblem(line, "village", DeviceProblem.TOO_LONG, "200"));
        }
        if ((latitude == null) != (longitude == null)) {
            p.add(new DeviceProblem(line, latitude == null ? "latitude" : "longitude", DeviceProblem.REQUIRED, null));
        }
        if (latitude != null && (latitude.compareTo(LAT_MIN) < 0 || latitude.compareTo(LAT_MAX) > 0)) {
            p.add(new DeviceProblem(line, "latitude", DeviceProblem.OUT_OF_VIETNAM, latitude.toPlainString()));
        }
        if (longitude != null && (longitude.compareTo(LON_MIN) < 0 || longitude.compareTo(LON_MAX) > 0)) {
            p.add(new DeviceProblem(line, "longitude", DeviceProblem.OUT_OF_VIETNAM, longitude.toPlainString()));
        }
        if (transport == null) {
            p.add(new DeviceProblem(line, "transport", DeviceProblem.REQUIRED, null));
        }
        return p;
    }
}
