package vn.nguon.org.domain;

/** The three levels of the hierarchy, top down. */
public enum UnitLevel {
    MINISTRY, PROVINCE, COMMUNE;

    /** The level directly below this one, or {@code null} for communes. */
    public UnitLevel child() {
        return switch (this) {
            case MINISTRY -> PROVINCE;
            case PROVINCE -> COMMUNE;
            case COMMUNE -> null;
        };
    }
}
