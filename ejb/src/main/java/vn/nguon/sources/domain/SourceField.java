package vn.nguon.sources.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A field (lĩnh vực) of the library, as data; a relay of an item of it becomes a bulletin of {@link #bulletinCategory}. */
@Entity
@Table(name = "source_field")
public class SourceField {

    @Id
    @Column(length = 30)
    private String code;
    @Column(name = "name_vi", nullable = false, length = 100)
    private String nameVi;
    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;
    @Column(name = "bulletin_category", nullable = false, length = 30)
    private String bulletinCategory;
    @Column(nullable = false)
    private int position;

    protected SourceField() {
    }

    public String code() { return code; }
    public String name(String language) { return "en".equals(language) ? nameEn : nameVi; }
    public String bulletinCategory() { return bulletinCategory; }
    public int position() { return position; }
}
