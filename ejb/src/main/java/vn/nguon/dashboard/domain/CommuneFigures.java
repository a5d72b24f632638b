package vn.nguon.dashboard.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * What is known of one commune: its latest accepted report (which, when, the values the indicators read), the
 * devices registered and online by type, its feedback of the last twelve months, what its devices did over the days shown.
 */
public record CommuneFigures(String code, boolean ward, String province, Long reportId, String reportPeriod, LocalDate reportDate,
                             Map<String, String> reported, Map<String, long[]> devices, long feedbackReceived, long feedbackProcessed,
                             Activity activity) {

    /** This commune's part of an indicator: {numerator, denominator}, or null when it is not known. */
    public long[] part(Indicator i) {
        return switch (i) {
            case FEEDBACK_PROCESSED -> feedbackReceived == 0 ? null : new long[]{feedbackProcessed, feedbackReceived};
            case DEVICES_ONLINE -> {
                long all = devices.values().stream().mapToLong(d -> d[0]).sum();
                yield all == 0 ? null : new long[]{devices.values().stream().mapToLong(d -> d[1]).sum(), all};
            }
            case DEVICE_AVAILABILITY -> activity.deviceSamples() == 0 ? null : new long[]{activity.onlineSamples(), activity.deviceSamples()};
            default -> i.reported(reported, ward);
        };
    }

    /** Loudspeaker clusters registered in Nguồn (the live count a report's IP clusters are compared with). */
    public long clustersRegistered() {
        long[] d = devices.get("LOUDSPEAKER_CLUSTER");
        return d == null ? 0 : d[0];
    }

    /** IP loudspeaker clusters the latest accepted report states, or null. */
    public Long clustersReported() {
        return Indicator.number(reported.get(Indicator.CLUSTERS_IP));
    }

    /** Whether the report and the registry disagree on the number of IP loudspeaker clusters. */
    public boolean disagrees() {
        Long r = clustersReported();
        return r != null && r != clustersRegistered();
    }

    public static final class Builder {
        private final String code;
        private final boolean ward;
        private final String province;
        private Long reportId;
        private String period;
        private LocalDate date;
        private final Map<String, String> values = new HashMap<>();
        private final Map<String, long[]> devices = new HashMap<>();
        private long received;
        private long processed;
        private Activity activity = Activity.NONE;

        public Builder(String code, boolean ward, String province) {
            this.code = code;
            this.ward = ward;
            this.province = province;
        }

        public Builder report(long id, String period, LocalDate date) {
            this.reportId = id;
            this.period = period;
            this.date = date;
            return this;
        }

        /** Its report (a later one replaces an earlier one whole). */
        public Builder reported(long id, String period, LocalDate date, Map<String, String> reported) {
            report(id, period, date);
            values.clear();
            values.putAll(reported);
            return this;
        }

        public Builder value(String key, String value) {
            values.put(key, value);
            return this;
        }

        public Builder devices(String type, long registered, long online) {
            devices.put(type, new long[]{registered, online});
            return this;
        }

        public Builder feedback(long received, long processed) {
            this.received = received;
            this.processed = processed;
            return this;
        }

        public Builder activity(Activity activity) {
            this.activity = activity;
            return this;
        }

        public CommuneFigures build() {
            return new CommuneFigures(code, ward, province, reportId, period, date, Map.copyOf(values), Map.copyOf(devices), received, processed,
                    activity);
        }
    }
}
