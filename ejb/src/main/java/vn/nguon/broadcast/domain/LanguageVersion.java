package vn.nguon.broadcast.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Arrays;
import java.util.List;

/**
 * The bulletin in one language: its text, optionally its audio (uploaded or synthesised), and the
 * units where this version plays ({@code playsIn}: commune or province codes). Vietnamese plays
 * everywhere no other version claims.
 */
@Embeddable
public class LanguageVersion {

    public static final String VIETNAMESE = "vi";

    @Column(nullable = false, length = 8)
    private String language;

    @Column(nullable = false, columnDefinition = "text")
    private String text;

    @Column(name = "media_id")
    private Long mediaId;

    @Column(name = "plays_in", length = 400)
    private String playsIn;

    protected LanguageVersion() {
    }

    public LanguageVersion(String language, String text, Long mediaId, List<String> playsIn) {
        this.language = language;
        this.text = text;
        this.mediaId = mediaId;
        this.playsIn = playsIn == null || playsIn.isEmpty() ? null : String.join(",", playsIn);
    }

    public String language() {
        return language;
    }

    public String text() {
        return text;
    }

    public Long mediaId() {
        return mediaId;
    }

    public List<String> playsIn() {
        return playsIn == null ? List.of() : Arrays.asList(playsIn.split(","));
    }

    /** Whether this version is the one for a device whose commune has this chain of unit codes. */
    public boolean playsIn(List<String> unitChain) {
        return playsIn().stream().anyMatch(unitChain::contains);
    }
}
