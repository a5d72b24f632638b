package vn.nguon.broadcast.domain;

import vn.nguon.kernel.Violation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A bulletin or alert as written, before it is checked. {@link #problems} lists everything wrong
 * with it at once, by field ({@code versions[1].text}, {@code targets}, {@code expiresAt} …).
 */
public record BulletinData(BulletinKind kind, String title, Category category, Priority priority,
                           List<Version> versions, List<Target> targets, Schedule schedule, Integer volume,
                           AlertInfo alert, Board board) {

    public static final int MAX_TITLE = 300;
    public static final int MAX_TEXT = 10_000;
    public static final int MAX_BOARD_TEXT = 500;

    /**
     * What e-bulletin boards show of the bulletin instead of its text (protocol 1.1 DISPLAY): a short text, a
     * picture (a stored image), or both. Absent, boards show the bulletin's text as before.
     */
    public record Board(String text, Long imageId) {
        public Board {
            text = text == null || text.isBlank() ? null : text.strip();
        }

        public boolean isEmpty() {
            return text == null && imageId == null;
        }
    }

    /** A bulletin without board content. */
    public BulletinData(BulletinKind kind, String title, Category category, Priority priority, List<Version> versions,
                        List<Target> targets, Schedule schedule, Integer volume, AlertInfo alert) {
        this(kind, title, category, priority, versions, targets, schedule, volume, alert, null);
    }
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    /** One language version as written; {@code playsIn}: commune or province codes. */
    public record Version(String language, String text, Long mediaId, List<String> playsIn) {
        public Version {
            playsIn = playsIn == null ? List.of() : playsIn.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
    }

    public BulletinData {
        versions = versions == null ? List.of() : List.copyOf(versions);
        targets = targets == null ? List.of() : List.copyOf(new java.util.LinkedHashSet<>(targets));
        title = title == null ? null : title.strip();
        board = board == null || board.isEmpty() ? null : board;
    }

    public List<Violation> problems(Instant now) {
        List<Violation> v = new ArrayList<>();
        if (kind == null) {
            v.add(Violation.of("kind", Violation.REQUIRED));
        }
        if (title == null || title.isEmpty()) {
            v.add(Violation.of("title", Violation.REQUIRED));
        } else if (title.length() > MAX_TITLE) {
            v.add(Violation.of("title", Violation.TOO_LONG, MAX_TITLE));
        }
        if (category == null) {
            v.add(Violation.of("category", Violation.REQUIRED));
        }
        if (priority == null) {
            v.add(Violation.of("priority", Violation.REQUIRED));
        } else if (kind == BulletinKind.ALERT && priority != Priority.EMERGENCY) {
            v.add(Violation.of("priority", "alertIsEmergency"));
        }
        if (versions.stream().noneMatch(x -> LanguageVersion.VIETNAMESE.equals(x.language()))) {
            v.add(Violation.of("versions", "vietnameseRequired"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < versions.size(); i++) {
            Version x = versions.get(i);
            String f = "versions[" + i + "]";
            if (x.language() == null || !LANGUAGE.matcher(x.language()).matches()) {
                v.add(Violation.of(f + ".language", "badLanguage"));
            } else if (!seen.add(x.language())) {
                v.add(Violation.of(f + ".language", "duplicateLanguage", x.language()));
            }
            if (x.text() == null || x.text().isBlank()) {
                v.add(Violation.of(f + ".text", Violation.REQUIRED));
            } else if (x.text().length() > MAX_TEXT) {
                v.add(Violation.of(f + ".text", Violation.TOO_LONG, MAX_TEXT));
            }
            if (!LanguageVersion.VIETNAMESE.equals(x.language()) && x.playsIn().isEmpty()) {
                v.add(Violation.of(f + ".playsIn", Violation.REQUIRED));
            }
        }
        if (targets.isEmpty()) {
            v.add(Violation.of("targets", Violation.REQUIRED));
        }
        if (schedule == null) {
            v.add(Violation.of("startsAt", Violation.REQUIRED));
        } else {
            v.addAll(schedule.problems(now));
            if (kind == BulletinKind.ALERT && schedule.recurrence() != Recurrence.ONCE) {
                v.add(Violation.of("recurrence", "alertIsOnce"));
            }
        }
        if (board != null && board.text() != null && board.text().length() > MAX_BOARD_TEXT) {
            v.add(Violation.of("board.text", Violation.TOO_LONG, MAX_BOARD_TEXT));
        }
        if (volume != null && (volume < 0 || volume > 100)) {
            v.add(Violation.of("volume", volume < 0 ? Violation.TOO_SMALL : Violation.TOO_LARGE, volume < 0 ? 0 : 100));
        }
        if (kind == BulletinKind.ALERT) {
            if (alert == null) {
                v.add(Violation.of("event", Violation.REQUIRED));
            } else {
                v.addAll(alert.problems());
            }
        }
        return v;
    }
}
