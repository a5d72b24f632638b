package vn.nguon.feedback.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A category of feedback (lĩnh vực), as data: the ministry's list (owner null) and what a province adds for its
 * units; each with its deadlines — urgent in working hours, normal in working days.
 */
@Entity
@Table(name = "feedback_category")
@Cacheable
public class FeedbackCategory {

    @Id
    @Column(length = 30)
    private String code;

    @Column(name = "name_vi", nullable = false, length = 100)
    private String nameVi;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Column(name = "owner_unit", length = 16)
    private String ownerUnit;

    @Column(name = "urgent_hours", nullable = false)
    private int urgentHours;

    @Column(name = "normal_days", nullable = false)
    private int normalDays;

    @Column(nullable = false)
    private int position;

    protected FeedbackCategory() {
    }

    public FeedbackCategory(String code, String nameVi, String nameEn, String ownerUnit, int urgentHours, int normalDays, int position) {
        this.code = code;
        this.nameVi = nameVi;
        this.nameEn = nameEn;
        this.ownerUnit = ownerUnit;
        this.urgentHours = urgentHours;
        this.normalDays = normalDays;
        this.position = position;
    }

    public String code() { return code; }
    public String name(String language) { return "en".equals(language) ? nameEn : nameVi; }
    public String ownerUnit() { return ownerUnit; }
    public int urgentHours() { return urgentHours; }
    public int normalDays() { return normalDays; }
    public int position() { return position; }
}
