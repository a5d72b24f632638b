package vn.nguon.sources.domain;

import vn.nguon.kernel.Violation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A library item as written, before it is checked. {@link #problems} names everything wrong at once, by
 * field. Tags are normalised (stripped, lower-case, no repeats); an empty target list means the owner's
 * whole subtree.
 *
 * @param targets      units (below or equal to the owner) whose subtrees the item is for; empty: all of them
 * @param languages    the audience's languages (ISO 639 codes; Vietnamese first)
 * @param versions     what is aired, per language: the text read aloud and, optionally, ready-to-air audio
 * @param boardText    the short text e-bulletin boards show (optional)
 * @param boardImageId the picture e-bulletin boards show (a stored image; optional)
 * @param documentIds  PDF documents of the legal or guiding text (stored files), in order
 */
public record SourceData(String title, String summary, String body, String field, List<String> tags,
                         LocalDate validFrom, LocalDate validUntil, List<String> targets, List<String> languages,
                         List<Version> versions, String boardText, Long boardImageId, List<Long> documentIds) {

    public static final int MAX_BOARD_TEXT = 500;
    public static final int MAX_DOCUMENTS = 10;
    /** As a bulletin's text may be. */
    public static final int MAX_VERSION_TEXT = 10_000;

    /**
     * The item in one language as it is aired: {@code text} is read aloud (by the loudspeaker itself, or
     * synthesised into {@code mediaId}); {@code mediaId} is ready-to-air audio (uploaded and checked as a
     * bulletin's, or synthesised); {@code playsIn}: for a language other than Vietnamese, the units below the
     * owner where this version is the one to play.
     */
    public record Version(String language, String text, Long mediaId, List<String> playsIn) {
        public Version {
            language = language == null ? null : language.strip().toLowerCase(Locale.ROOT);
            text = text == null ? null : text.strip();
            playsIn = playsIn == null ? List.of()
                    : playsIn.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).distinct().toList();
        }
    }

    /** An item without attachments. */
    public SourceData(String title, String summary, String body, String field, List<String> tags,
                      LocalDate validFrom, LocalDate validUntil, List<String> targets, List<String> languages) {
        this(title, summary, body, field, tags, validFrom, validUntil, targets, languages, List.of(), null, null, List.of());
    }

    public static final int MAX_TITLE = 300;
    public static final int MAX_SUMMARY = 1_000;
    public static final int MAX_BODY = 50_000;
    public static final int MAX_TAGS = 20;
    public static final int MAX_TAG = 40;
    public static final int MAX_TARGETS = 200;
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    public SourceData {
        title = strip(title);
        summary = strip(summary);
        body = body == null ? null : body.strip();
        field = strip(field);
        Set<String> t = new LinkedHashSet<>();
        for (String tag : tags == null ? List.<String>of() : tags) {
            if (tag != null && !tag.isBlank()) {
                t.add(tag.strip().replace(",", " ").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
            }
        }
        tags = List.copyOf(t);
        targets = targets == null ? List.of() : targets.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).distinct().toList();
        languages = languages == null || languages.isEmpty() ? List.of("vi")
                : languages.stream().filter(s -> s != null && !s.isBlank()).map(s -> s.strip().toLowerCase(Locale.ROOT)).distinct().toList();
        versions = versions == null ? List.of() : versions.stream().filter(java.util.Objects::nonNull).toList();
        boardText = boardText == null || boardText.isBlank() ? null : boardText.strip();
        documentIds = documentIds == null ? List.of() : documentIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
    }

    /** The version in {@code language}, if the item has one. */
    public java.util.Optional<Version> version(String language) {
        return versions.stream().filter(x -> language.equals(x.language())).findFirst();
    }

    /** Whether e-boards are given something to show. */
    public boolean hasBoard() {
        return boardText != null || boardImageId != null;
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    /** Whether the item is for the owner's whole subtree. */
    public boolean wholeSubtree() {
        return targets.isEmpty();
    }

    /** Every problem of the item as written, by field. */
    public List<Violation> problems() {
        List<Violation> v = new ArrayList<>();
        required(v, "title", title, MAX_TITLE);
        required(v, "summary", summary, MAX_SUMMARY);
        required(v, "body", body, MAX_BODY);
        if (field == null || field.isEmpty()) {
            v.add(Violation.of("field", Violation.REQUIRED));
        }
        if (tags.size() > MAX_TAGS) {
            v.add(Violation.of("tags", Violation.TOO_LARGE, MAX_TAGS));
        }
        tags.stream().filter(t -> t.length() > MAX_TAG).findFirst().ifPresent(t -> v.add(Violation.of("tags", Violation.TOO_LONG, MAX_TAG)));
        if (validFrom == null) {
            v.add(Violation.of("validFrom", Violation.REQUIRED));
        } else if (validUntil != null && validUntil.isBefore(validFrom)) {
            v.add(Violation.of("validUntil", "source.endBeforeStart"));
        }
        if (targets.size() > MAX_TARGETS) {
            v.add(Violation.of("targets", Violation.TOO_LARGE, MAX_TARGETS));
        }
        if (languages.isEmpty() || !"vi".equals(languages.get(0)) && !languages.contains("vi")) {
            v.add(Violation.of("languages", "vietnameseRequired"));
        }
        languages.stream().filter(l -> !LANGUAGE.matcher(l).matches()).findFirst()
                .ifPresent(l -> v.add(Violation.of("languages", "badLanguage")));
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < versions.size(); i++) {
            Version x = versions.get(i);
            String f = "versions[" + i + "]";
            if (x.language() == null || !LANGUAGE.matcher(x.language()).matches()) {
                v.add(Violation.of(f + ".language", "badLanguage"));
            } else if (!seen.add(x.language())) {
                v.add(Violation.of(f + ".language", "duplicateLanguage", x.language()));
            } else if (!languages.contains(x.language())) {
                v.add(Violation.of(f + ".language", "source.languageNotListed", x.language()));
            }
            if (x.text() == null || x.text().isEmpty()) {
                v.add(Violation.of(f + ".text", Violation.REQUIRED));
            } else if (x.text().length() > MAX_VERSION_TEXT) {
                v.add(Violation.of(f + ".text", Violation.TOO_LONG, MAX_VERSION_TEXT));
            }
            if (x.language() != null && !"vi".equals(x.language()) && x.playsIn().isEmpty()) {
                v.add(Violation.of(f + ".playsIn", Violation.REQUIRED));
            }
        }
        if (boardText != null && boardText.length() > MAX_BOARD_TEXT) {
            v.add(Violation.of("boardText", Violation.TOO_LONG, MAX_BOARD_TEXT));
        }
        if (documentIds.size() > MAX_DOCUMENTS) {
            v.add(Violation.of("documentIds", Violation.TOO_LARGE, MAX_DOCUMENTS));
        }
        return v;
    }

    private static void required(List<Violation> v, String field, String value, int max) {
        if (value == null || value.isEmpty()) {
            v.add(Violation.of(field, Violation.REQUIRED));
        } else if (value.length() > max) {
            v.add(Violation.of(field, Violation.TOO_LONG, max));
        }
    }
}
