package vn.nguon.broadcast.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.util.Objects;

/**
 * What a bulletin plays on: every device under a UNIT (commune, province, or the whole country),
 * a GROUP of devices by type under a unit ({@code 12/EBOARD}: Lai Châu's e-bulletin boards), or a
 * single DEVICE.
 */
@Embeddable
public class Target {

    public enum Kind { UNIT, GROUP, DEVICE }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Kind kind;

    @Column(nullable = false, length = 60)
    private String code;

    protected Target() {
    }

    public Target(Kind kind, String code) {
        this.kind = kind;
        this.code = code;
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    /** For GROUP: the unit part of "12/EBOARD". */
    public String unitCode() {
        return kind == Kind.GROUP ? code.substring(0, code.indexOf('/')) : code;
    }

    /** For GROUP: the device type part of "12/EBOARD". */
    public String deviceType() {
        return kind == Kind.GROUP ? code.substring(code.indexOf('/') + 1) : null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Target t && t.kind == kind && t.code.equals(code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, code);
    }

    @Override
    public String toString() {
        return kind + ":" + code;
    }
}
