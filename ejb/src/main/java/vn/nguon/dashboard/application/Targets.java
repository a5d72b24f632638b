package vn.nguon.dashboard.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import vn.nguon.dashboard.domain.Indicator;
import vn.nguon.dashboard.domain.Target;
import vn.nguon.dashboard.infrastructure.TargetFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The targets dashboards measure against: those shipped with Nguồn ({@code vn/nguon/dashboard/targets-*.json},
 * the ministry's, from QĐ 135 and the plans), loaded and checked at start — a malformed file stops the
 * deployment with its name, entry and field ({@link TargetFile.Malformed}).
 */
@ApplicationScoped
public class Targets {

    static final List<String> FILES = List.of("targets-qd135.json");

    private List<Target> all;

    @PostConstruct
    void load() {
        List<Target> t = new ArrayList<>();
        for (String f : FILES) {
            try (InputStream in = Targets.class.getResourceAsStream("/vn/nguon/dashboard/" + f)) {
                if (in == null) {
                    throw new IllegalStateException(f + ": the shipped targets file is not on the class path");
                }
                t.addAll(TargetFile.read(f, in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        all = List.copyOf(t);
    }

    /** The targets that hold for a unit of the given province (null: the nation), by year: the ministry's and the province's own. */
    public List<Target> of(Indicator indicator, String province, List<Target> own) {
        return java.util.stream.Stream.concat(all.stream(), own.stream())
                .filter(t -> t.indicator() == indicator && (t.owner() == null || t.owner().equals(province)))
                .sorted(Comparator.comparingInt(Target::year)).toList();
    }

    /** The targets of a province's own file (already checked when it was uploaded). */
    public static List<Target> parse(String name, String content) {
        return TargetFile.read(name, new java.io.ByteArrayInputStream(content.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
