package vn.nguon.broadcast.domain;

/**
 * DRAFT → PENDING (sent for approval) → APPROVED (scheduled; dispatched slot by slot) or REJECTED
 * (with a reason; editable again). An approved bulletin that is edited goes back to PENDING with a
 * new revision, and what the devices had queued is cancelled. CANCELLED is final.
 */
public enum BulletinStatus {
    DRAFT, PENDING, APPROVED, REJECTED, CANCELLED;

    public boolean editable() {
        return this != CANCELLED;
    }
}
