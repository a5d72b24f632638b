package vn.nguon.feedback.domain;

/** How feedback reached Nguồn: the portal's form, the API, Open311, or recorded by an officer from another channel. */
public enum Channel {
    WEB, API, OPEN311, PHONE, HOTLINE, ZALO, IN_PERSON;

    /** Whether an officer records it by hand. */
    public boolean byHand() {
        return this == PHONE || this == HOTLINE || this == ZALO || this == IN_PERSON;
    }
}
