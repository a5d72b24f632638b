package vn.nguon.broadcast.domain;

/**
 * The three official priorities. NORMAL fits the commune's schedule (its slot); PRIORITY is played
 * before normal items in the device's queue (the commune orders priority items that clash);
 * EMERGENCY plays at once, stopping whatever is playing.
 */
public enum Priority {
    NORMAL(4), PRIORITY(7), EMERGENCY(9);

    private final int jmsPriority;

    Priority(int jmsPriority) {
        this.jmsPriority = jmsPriority;
    }

    /** The JMS priority of its delivery commands: emergencies overtake queued normal commands. */
    public int jmsPriority() {
        return jmsPriority;
    }
}
