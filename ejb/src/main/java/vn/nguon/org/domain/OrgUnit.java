package vn.nguon.org.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.nguon.kernel.HierarchyNode;
import vn.nguon.kernel.UnitScope;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One administrative unit: the ministry, a province (tỉnh / thành phố) or a commune (xã / phường /
 * đặc khu). Units are reference data loaded by a schema migration from the official list; the
 * application never creates or edits them, so the entity has no mutators, and every call that
 * resolves its caller's unit reads it from the second-level cache rather than the database.
 * <p>
 * The official full name is the type followed by the name, e.g. "Xã Bình Lư", "Thành phố Huế".
 */
@Entity
@Cacheable
@Table(name = "org_unit")
public class OrgUnit implements HierarchyNode {

    @Id
    @Column(length = 16)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "unit_type", nullable = false, length = 32)
    private String type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private UnitLevel level;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_code")
    private OrgUnit parent;

    protected OrgUnit() {
    }

    public OrgUnit(String code, String name, String type, UnitLevel level, OrgUnit parent) {
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name);
        this.type = Objects.requireNonNull(type);
        this.level = Objects.requireNonNull(level);
        this.parent = parent;
    }

    public String code() { return code; }

    public String name() { return name; }

    public String type() { return type; }

    public UnitLevel level() { return level; }

    public OrgUnit parent() { return parent; }

    @Override
    public HierarchyNode parentNode() { return parent(); }

    /** "Xã Bình Lư", "Tỉnh Lai Châu", "Bộ Văn hóa, Thể thao và Du lịch". */
    public String fullName() {
        return type + " " + name;
    }

    /** This unit and its ancestors, from this unit up to the ministry. */
    public List<OrgUnit> chain() {
        List<OrgUnit> chain = new ArrayList<>();
        // accessors, not fields: a lazy parent is a proxy whose fields are empty
        for (OrgUnit u = this; u != null; u = u.parent()) {
            chain.add(u);
        }
        return Collections.unmodifiableList(chain);
    }

    /** True when {@code other} is this unit or lies below it ({@link UnitScope}, the one scope rule). */
    public boolean oversees(OrgUnit other) {
        return UnitScope.oversees(this, other);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OrgUnit other && code().equals(other.code());
    }

    @Override
    public int hashCode() {
        return code().hashCode();
    }

    @Override
    public String toString() {
        return code + " " + fullName();
    }
}
