package vn.nguon.sources.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Arrays;
import java.util.List;

/** An item in one language as it is aired: the text read aloud, its ready-to-air audio, where it plays. */
@Embeddable
public class SourceVersion {

    @Column(nullable = false, length = 8)
    private String language;

    @Column(nullable = false, columnDefinition = "text")
    private String text;

    @Column(name = "media_id")
    private Long mediaId;

    @Column(name = "plays_in", length = 400)
    private String playsIn;

    protected SourceVersion() {
    }

    SourceVersion(SourceData.Version v) {
        this.language = v.language();
        this.text = v.text();
        this.mediaId = v.mediaId();
        this.playsIn = v.playsIn().isEmpty() ? null : String.join(",", v.playsIn());
    }

    public String language() { return language; }
    public String text() { return text; }
    public Long mediaId() { return mediaId; }

    public List<String> playsIn() {
        return playsIn == null ? List.of() : Arrays.asList(playsIn.split(","));
    }

    SourceData.Version data() {
        return new SourceData.Version(language, text, mediaId, playsIn());
    }
}
