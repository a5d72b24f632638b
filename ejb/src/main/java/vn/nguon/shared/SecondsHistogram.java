package vn.nguon.shared;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;

import java.util.Locale;

/**
 * A duration histogram Prometheus can take quantiles of ({@code histogram_quantile} over the {@code le}
 * label), built from the meters WildFly 39 exports for a deployment: a summary
 * ({@code <name>_count}, {@code _sum}, {@code _max}) and one cumulative counter per bucket
 * ({@code <name>_buckets_total{le="…"}}, {@code +Inf} included).
 * <p>
 * Why not Micrometer's own histogram ({@code serviceLevelObjectives} on a builder): WildFly 39 hands each
 * deployment an {@code ApplicationRegistry} that forwards only the registry's shortcut methods
 * ({@code counter(name, tags)}, {@code summary(name, tags)}, {@code gauge(…)}) to the exported registry;
 * a meter registered through a builder stays in the deployment's private registry and is never scraped,
 * and the shortcuts carry no bucket configuration. The bucket counters cannot be named {@code <name>_bucket}: the
 * Prometheus registry strips that reserved suffix, and the name then clashes with the summary's. (Fixed in WildFly after 39: WFLY-21061's follow-up
 * forwards builder registrations. Then this becomes {@code DistributionSummary.builder(name)
 * .serviceLevelObjectives(…)}.)
 */
public final class SecondsHistogram {

    private final DistributionSummary summary;
    private final double[] bounds;
    private final Counter[] buckets;

    /** @param name the metric's name, ending in {@code .seconds}; {@code bounds} ascending, in seconds */
    public SecondsHistogram(MeterRegistry registry, String name, Tags tags, double... bounds) {
        this.summary = registry.summary(name, tags);
        this.bounds = bounds.clone();
        this.buckets = new Counter[bounds.length + 1];
        for (int i = 0; i < bounds.length; i++) {
            buckets[i] = registry.counter(name + ".buckets", tags.and("le", le(bounds[i])));
        }
        buckets[bounds.length] = registry.counter(name + ".buckets", tags.and("le", "+Inf"));
    }

    /** Prometheus's spelling of a bound: {@code 0.5}, {@code 60.0}. */
    static String le(double bound) {
        return String.format(Locale.ROOT, "%s", bound);
    }

    public void record(double seconds) {
        summary.record(seconds);
        for (int i = 0; i < bounds.length; i++) {
            if (seconds <= bounds[i]) {
                buckets[i].increment();
            }
        }
        buckets[bounds.length].increment();
    }
}
