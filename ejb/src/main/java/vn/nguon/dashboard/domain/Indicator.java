package vn.nguon.dashboard.domain;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What the dashboards measure, each a share in per cent of something counted per commune and summed over the
 * communes of a unit (numerator over denominator, never an average of averages). REPORTED ones come from a
 * commune's latest accepted report (template {@value #TEMPLATE}); LIVE ones from Nguồn's own data.
 */
public enum Indicator {

    /** Communes whose radio reaches every village: a station, and villages with loudspeakers = villages. */
    RADIO_ALL_VILLAGES(Source.REPORTED),
    /** Communes (xã, đặc khu) with a public e-bulletin board. */
    EBOARD_COMMUNES(Source.REPORTED),
    /** Wards (phường) with a public e-bulletin board. */
    EBOARD_WARDS(Source.REPORTED),
    /** Communes with an information web page. */
    WEBSITE(Source.REPORTED),
    /** Commune stations converted to IP (CNTT-VT) radio, among the communes with a station. */
    IP_STATIONS(Source.REPORTED),
    /** Villages with IP loudspeaker clusters (at most one counted per village), among all villages. */
    IP_VILLAGES(Source.REPORTED),
    /** Grassroots information staff trained (the reported percentage, each commune weighing the same). */
    STAFF_TRAINED(Source.REPORTED),
    /** Citizens' feedback of the last 12 months processed (answered, closed or refused with a reason). */
    FEEDBACK_PROCESSED(Source.LIVE),
    /** Registered devices online now. */
    DEVICES_ONLINE(Source.LIVE),
    /** The share of the time the registered devices were online over the days shown (sampled every five minutes). */
    DEVICE_AVAILABILITY(Source.LIVE);

    public static final String TEMPLATE = "TTCS-2021-2025";

    /** Where a value comes from. */
    public enum Source { REPORTED, LIVE }

    private final Source source;

    Indicator(Source source) {
        this.source = source;
    }

    public Source source() {
        return source;
    }

    /** The report fields the reported indicators read (annex.row.column of {@value #TEMPLATE}). */
    public static final String STATION = "PL01.co_dai.sau", STATION_IP = "PL01.dai_ung_dung.sau", CLUSTERS_IP = "PL01.cum_loa_ip.sau",
            VILLAGES = "PL01.thon.sau", VILLAGES_COVERED = "PL01.thon_co_loa.sau", WEB = "PL02.co_trang_ttdt.sau",
            BOARDS = "PL02.bang_tin.sau", TRAINED = "PL03.ty_le_dao_tao.gt";

    public static final java.util.List<String> FIELDS = java.util.List.of(STATION, STATION_IP, CLUSTERS_IP, VILLAGES, VILLAGES_COVERED,
            WEB, BOARDS, TRAINED);

    /**
     * One commune's part of this indicator from its reported values: {numerator, denominator}, or null when the
     * report does not say (no report, a field missing, or the indicator is not about this kind of commune).
     *
     * @param ward whether the commune is a ward (phường)
     */
    public long[] reported(Map<String, String> v, boolean ward) {
        if (v == null || v.isEmpty()) {
            return null;
        }
        return switch (this) {
            case RADIO_ALL_VILLAGES -> {
                Boolean station = yes(v.get(STATION));
                Long villages = number(v.get(VILLAGES)), covered = number(v.get(VILLAGES_COVERED));
                yield station == null || villages == null || covered == null ? null
                        : new long[]{station && villages > 0 && covered >= villages ? 1 : 0, 1};
            }
            case EBOARD_COMMUNES, EBOARD_WARDS -> {
                if (ward != (this == EBOARD_WARDS)) {
                    yield null;
                }
                Long boards = number(v.get(BOARDS));
                yield boards == null ? null : new long[]{boards > 0 ? 1 : 0, 1};
            }
            case WEBSITE -> {
                Boolean web = yes(v.get(WEB));
                yield web == null ? null : new long[]{web ? 1 : 0, 1};
            }
            case IP_STATIONS -> {
                Boolean station = yes(v.get(STATION)), ip = yes(v.get(STATION_IP));
                yield station == null || ip == null ? null : station ? new long[]{ip ? 1 : 0, 1} : new long[]{0, 0};
            }
            case IP_VILLAGES -> {
                Long villages = number(v.get(VILLAGES)), ip = number(v.get(CLUSTERS_IP));
                yield villages == null || ip == null ? null : new long[]{Math.min(ip, villages), villages};
            }
            case STAFF_TRAINED -> {
                Long pct = number(v.get(TRAINED));
                yield pct == null ? null : new long[]{Math.max(0, Math.min(100, pct)), 100};
            }
            default -> null;
        };
    }

    /** "có" / "không" as reports write them; anything else is not an answer. */
    static Boolean yes(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip().toLowerCase(java.util.Locale.ROOT);
        return t.equals("có") ? Boolean.TRUE : t.equals("không") ? Boolean.FALSE : null;
    }

    static Long number(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(s.strip().replace(',', '.')).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }
}
