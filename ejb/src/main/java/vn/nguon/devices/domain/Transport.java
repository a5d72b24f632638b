package vn.nguon.devices.domain;

import java.util.Arrays;
import java.util.Optional;

/** How a device reaches the broker: a mobile link (3G/4G, which drops), a fixed line, or FM only. */
public enum Transport {
    CELLULAR("4g"), FIXED("co_dinh"), FM_ONLY("fm");

    private final String csv;

    Transport(String csv) {
        this.csv = csv;
    }

    public String csv() {
        return csv;
    }

    /** "4g" (also "3g"), "co_dinh", "fm", or the enum name, any case. */
    public static Optional<Transport> parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.equalsIgnoreCase("3g")) {
            return Optional.of(CELLULAR);
        }
        return Arrays.stream(values()).filter(v -> v.csv.equalsIgnoreCase(t) || v.name().equalsIgnoreCase(t)).findFirst();
    }
}
