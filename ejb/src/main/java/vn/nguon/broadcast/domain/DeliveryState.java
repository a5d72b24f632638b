package vn.nguon.broadcast.domain;

/**
 * Where one delivery (one bulletin slot on one device) stands. A device's acknowledgements move it
 * forward only (RECEIVED → PLAYING → DONE, or FAILED with a reason); Nguồn itself marks it
 * EXPIRED when no device played it in time, or CANCELLED when the bulletin was cancelled or
 * replaced. A late DONE from the device still wins over EXPIRED: it did play.
 */
public enum DeliveryState {
    QUEUED(0), RECEIVED(1), PLAYING(2), DONE(3), FAILED(3), EXPIRED(3), CANCELLED(3);

    private final int rank;

    DeliveryState(int rank) {
        this.rank = rank;
    }

    public boolean terminal() {
        return rank == 3;
    }

    /** What a device's acknowledgement means: FAILED with reason EXPIRED is an expiry, not a failure. */
    public static DeliveryState reported(String state, String reason) {
        DeliveryState s = valueOf(state);
        return s == FAILED && "EXPIRED".equals(reason) ? EXPIRED : s;
    }

    /** The states an acknowledgement saying {@code next} may replace. */
    public static java.util.List<DeliveryState> before(DeliveryState next) {
        return java.util.Arrays.stream(values()).filter(s -> s.mayBecome(next)).toList();
    }

    /** Whether an acknowledgement saying {@code next} may replace this state. */
    public boolean mayBecome(DeliveryState next) {
        if (this == EXPIRED) {
            return next == DONE || next == FAILED || next == PLAYING;
        }
        return !terminal() && next.rank > rank;
    }
}
