package vn.nguon.devices.domain;

import java.util.Arrays;
import java.util.Optional;

/** What a device is; {@code csv} is the code used in import files (Vietnamese, without diacritics). */
public enum DeviceType {
    LOUDSPEAKER_CLUSTER("cum_loa"), EBOARD("bang_tin"), FM_STATION("dai_fm");

    private final String csv;

    DeviceType(String csv) {
        this.csv = csv;
    }

    public String csv() {
        return csv;
    }

    /** "cum_loa" or "LOUDSPEAKER_CLUSTER", any case. */
    public static Optional<DeviceType> parse(String text) {
        String t = text == null ? "" : text.strip();
        return Arrays.stream(values()).filter(v -> v.csv.equalsIgnoreCase(t) || v.name().equalsIgnoreCase(t)).findFirst();
    }
}
