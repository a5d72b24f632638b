package vn.nguon.reporting.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a report is in its workflow. The status owns its allowed transitions:
 * <pre>
 *   DRAFT ──sign──▶ SIGNED ──submit──▶ SUBMITTED ──accept──▶ ACCEPTED
 *     ▲                                   │  ▲                  │
 *     └──────revise────── RETURNED ◀──return  └────un-accept────┘
 * </pre>
 */
public enum ReportStatus {
    DRAFT, SIGNED, SUBMITTED, ACCEPTED, RETURNED;

    public Set<ReportStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SIGNED);
            case SIGNED -> EnumSet.of(SUBMITTED);
            case SUBMITTED -> EnumSet.of(ACCEPTED, RETURNED);
            case ACCEPTED -> EnumSet.of(SUBMITTED);
            case RETURNED -> EnumSet.of(DRAFT);
        };
    }

    public boolean canMoveTo(ReportStatus to) {
        return next().contains(to);
    }

    /** Values can be edited only in a draft. */
    public boolean isEditable() {
        return this == DRAFT;
    }
}
