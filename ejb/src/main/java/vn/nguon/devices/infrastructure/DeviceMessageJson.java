package vn.nguon.devices.infrastructure;

import vn.nguon.shared.IsoTimes;
import vn.nguon.shared.Jsons;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import vn.nguon.devices.domain.DeviceMessage;

import java.io.StringReader;
import java.time.DateTimeException;
import java.time.Instant;

/** Reads the JSON a device publishes (docs/device-protocol.md, version 1), checking every field it reads. */
public final class DeviceMessageJson {

    /** A status reports at most this many FM fallback periods (a device keeps the latest). */
    public static final int MAX_FM_PERIODS = 50;
    /** How far a device's clock may run ahead of the time it stamps on its status. */
    static final java.time.Duration CLOCK_SKEW = java.time.Duration.ofMinutes(5);

    private DeviceMessageJson() {
    }

    public static DeviceMessage parse(String json) {
        JsonObject o;
        try {
            JsonValue v = Jsons.PROVIDER.createReader(new StringReader(json == null ? "" : json)).readValue();
            if (v.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new DeviceMessage.Malformed("not a JSON object");
            }
            o = v.asJsonObject();
        } catch (JsonException e) {
            throw new DeviceMessage.Malformed("not JSON: " + e.getMessage());
        }
        if (!(o.get("v") instanceof JsonNumber n) || n.intValue() != DeviceMessage.VERSION) {
            throw new DeviceMessage.Malformed("missing or unsupported version \"v\"");
        }
        String type = string(o, "type", true);
        Instant at = instant("at", string(o, "at", true));
        return switch (type) {
            case "STATUS" -> {
                JsonValue b = o.get("online");
                if (b != JsonValue.TRUE && b != JsonValue.FALSE) {
                    throw new DeviceMessage.Malformed("\"online\" must be true or false");
                }
                String mode = string(o, "mode", false);
                if (mode != null && !mode.equals("IP") && !mode.equals("FM_FALLBACK")) {
                    throw new DeviceMessage.Malformed("\"mode\" must be IP or FM_FALLBACK");
                }
                Integer volume = integer(o, "volume", 0, 100);
                String power = string(o, "power", false);
                if (power != null && !power.equals("MAINS") && !power.equals("BATTERY")) {
                    throw new DeviceMessage.Malformed("\"power\" must be MAINS or BATTERY");
                }
                yield new DeviceMessage.Status(b == JsonValue.TRUE, mode, volume, power, integer(o, "signalDbm", -150, 0),
                        limit(string(o, "firmware", false), 40), integer(o, "queueLength", 0, 100_000),
                        limit(string(o, "playing", false), 80), at, fmPeriods(o, at));
            }
            case "HEARTBEAT" -> new DeviceMessage.Heartbeat(integer(o, "queueLength", 0, 100_000), at);
            case "ACK" -> {
                java.util.UUID delivery;
                try {
                    delivery = java.util.UUID.fromString(string(o, "deliveryId", true));
                } catch (IllegalArgumentException e) {
                    throw new DeviceMessage.Malformed("\"deliveryId\" is not a delivery id");
                }
                String state = string(o, "state", true);
                if (!java.util.Set.of("RECEIVED", "PLAYING", "DONE", "FAILED").contains(state)) {
                    throw new DeviceMessage.Malformed("\"state\" must be RECEIVED, PLAYING, DONE or FAILED");
                }
                String reason = limit(string(o, "reason", false), 200);
                if (state.equals("FAILED") && (reason == null || reason.isBlank())) {
                    throw new DeviceMessage.Malformed("a FAILED acknowledgement needs a \"reason\"");
                }
                yield new DeviceMessage.Ack(delivery, state, reason, at);
            }
            default -> throw new DeviceMessage.Malformed("unknown type " + type);
        };
    }

    /** Reported periods: at most {@link #MAX_FM_PERIODS}, each ending after it starts and not after the status. */
    private static java.util.List<DeviceMessage.FmPeriod> fmPeriods(JsonObject o, Instant at) {
        JsonValue v = o.get("fmFallback");
        if (v == null || v == JsonValue.NULL) {
            return java.util.List.of();
        }
        if (v.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new DeviceMessage.Malformed("\"fmFallback\" must be a list of {from, to}");
        }
        if (v.asJsonArray().size() > MAX_FM_PERIODS) {
            throw new DeviceMessage.Malformed("\"fmFallback\" has more than " + MAX_FM_PERIODS + " periods");
        }
        java.util.List<DeviceMessage.FmPeriod> out = new java.util.ArrayList<>();
        for (JsonValue p : v.asJsonArray()) {
            if (p.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new DeviceMessage.Malformed("\"fmFallback\" must be a list of {from, to}");
            }
            Instant from = instant("fmFallback.from", string(p.asJsonObject(), "from", true));
            Instant to = instant("fmFallback.to", string(p.asJsonObject(), "to", true));
            if (!to.isAfter(from)) {
                throw new DeviceMessage.Malformed("an FM fallback period ends before it starts: " + from + " – " + to);
            }
            if (to.isAfter(at.plus(CLOCK_SKEW))) {
                throw new DeviceMessage.Malformed("an FM fallback period ends after the status was sent: " + to);
            }
            out.add(new DeviceMessage.FmPeriod(from, to));
        }
        return out;
    }

    private static String string(JsonObject o, String name, boolean required) {
        JsonValue v = o.get(name);
        if (v == null || v == JsonValue.NULL) {
            if (required) {
                throw new DeviceMessage.Malformed("missing \"" + name + "\"");
            }
            return null;
        }
        if (!(v instanceof JsonString s)) {
            throw new DeviceMessage.Malformed("\"" + name + "\" must be a string");
        }
        return s.getString();
    }

    private static Integer integer(JsonObject o, String name, int min, int max) {
        JsonValue v = o.get(name);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (!(v instanceof JsonNumber n) || !n.isIntegral() || n.longValue() < min || n.longValue() > max) {
            throw new DeviceMessage.Malformed("\"" + name + "\" must be an integer from " + min + " to " + max);
        }
        return n.intValue();
    }

    private static Instant instant(String field, String text) {
        try {
            return IsoTimes.instant(text);
        } catch (DateTimeException e) {
            throw new DeviceMessage.Malformed("\"" + field + "\" is not an ISO-8601 time with offset: " + text);
        }
    }

    private static String limit(String s, int max) {
        if (s != null && s.length() > max) {
            throw new DeviceMessage.Malformed("a text is longer than " + max);
        }
        return s;
    }
}
