package vn.nguon.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** One scrape of a node's Prometheus endpoint, as Prometheus reads it: every series (name and labels) with its value. */
record Scrape(Map<String, Double> series) {

    static final String URL = "http://localhost:9990/metrics";
    /** A sample: its name, its labels (a value may hold braces: a route's template) and its value. */
    private static final Pattern LINE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(?:[^\"}]|\"(?:[^\"\\\\]|\\\\.)*\")*})?\\s+(\\S+).*$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    static Scrape now() throws IOException, InterruptedException {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(URL)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        Map<String, Double> out = new LinkedHashMap<>();
        for (String line : r.body().split("\n")) {
            Matcher m = LINE.matcher(line);
            if (!line.startsWith("#") && m.matches() && ours(m.group(2))) {
                out.put(m.group(1) + canonical(m.group(2)), Double.parseDouble(m.group(3).replace("+Inf", "Infinity")));
            }
        }
        return new Scrape(out);
    }

    /** A series of the application (WildFly labels a deployment's meters WF_DEPLOYMENT), or of the server itself. */
    private static boolean ours(String labels) {
        return labels == null || !labels.contains("WF_DEPLOYMENT=") || labels.contains("WF_DEPLOYMENT=\"nguon.ear\"");
    }

    /** Labels sorted by name, without WildFly's own (so that a test names a series by the labels it cares about). */
    private static String canonical(String labels) {
        if (labels == null) {
            return "";
        }
        Map<String, String> sorted = new java.util.TreeMap<>();
        Matcher m = LABEL.matcher(labels);
        while (m.find()) {
            sorted.put(m.group(1), m.group(2));
        }
        sorted.keySet().removeAll(Set.of("app", "instance", "job", "WF_DEPLOYMENT"));
        if (sorted.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("{");
        sorted.forEach((k, v) -> b.append(b.length() > 1 ? "," : "").append(k).append("=\"").append(v).append('"'));
        return b.append('}').toString();
    }

    /** The value of a series named with its labels in name order, as {@code nguon_devices{province="12",state="online"}}; 0 when absent. */
    double value(String series) {
        return series().getOrDefault(series, 0.0);
    }

    boolean has(String series) {
        return series().containsKey(series);
    }

    /** Every metric name (what a rule or a dashboard names), histograms' series included. */
    Set<String> names() {
        Set<String> names = new TreeSet<>();
        series().keySet().forEach(s -> names.add(s.contains("{") ? s.substring(0, s.indexOf('{')) : s));
        return names;
    }

    /** The series of one metric. */
    Map<String, Double> of(String name) {
        Map<String, Double> out = new LinkedHashMap<>();
        series().forEach((k, v) -> {
            if (k.equals(name) || k.startsWith(name + "{")) {
                out.put(k, v);
            }
        });
        return out;
    }
}
