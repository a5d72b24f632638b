package vn.nguon.reporting.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** What changed between two submissions of a report, field by field (old → new). */
public final class SubmissionDiff {

    public record Change(String key, String before, String after) {
    }

    private SubmissionDiff() {
    }

    /** Changed fields in the template's order; fields the template does not know come last. */
    public static List<Change> between(ReportTemplate template, Map<String, String> before, Map<String, String> after) {
        List<Change> changes = new ArrayList<>();
        TreeSet<String> others = new TreeSet<>(before.keySet());
        others.addAll(after.keySet());
        for (String key : template.fields().keySet()) {
            others.remove(key);
            add(changes, key, before, after);
        }
        others.forEach(key -> add(changes, key, before, after));
        return changes;
    }

    private static void add(List<Change> changes, String key, Map<String, String> before, Map<String, String> after) {
        String b = blankToNull(before.get(key));
        String a = blankToNull(after.get(key));
        if (!Objects.equals(b, a)) {
            changes.add(new Change(key, b, a));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
