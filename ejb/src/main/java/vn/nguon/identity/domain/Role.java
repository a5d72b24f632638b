package vn.nguon.identity.domain;

import java.util.Arrays;
import java.util.Optional;

/** The realm roles of Nguồn (see the Keycloak realm in wildfly-config/keycloak). */
public enum Role {
    COMMUNE_OFFICER(Names.COMMUNE_OFFICER),
    COMMUNE_LEADER(Names.COMMUNE_LEADER),
    PROVINCE_OFFICER(Names.PROVINCE_OFFICER),
    PROVINCE_LEADER(Names.PROVINCE_LEADER),
    MINISTRY_OFFICER(Names.MINISTRY_OFFICER),
    MINISTRY_LEADER(Names.MINISTRY_LEADER),
    DEVICE_OPERATOR(Names.DEVICE_OPERATOR),
    ADMIN(Names.ADMIN);

    /** Role names as constants, for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String COMMUNE_OFFICER = "commune-officer";
        public static final String COMMUNE_LEADER = "commune-leader";
        public static final String PROVINCE_OFFICER = "province-officer";
        public static final String PROVINCE_LEADER = "province-leader";
        public static final String MINISTRY_OFFICER = "ministry-officer";
        public static final String MINISTRY_LEADER = "ministry-leader";
        public static final String DEVICE_OPERATOR = "device-operator";
        public static final String ADMIN = "admin";

        private Names() {
        }
    }

    private final String id;

    Role(String id) {
        this.id = id;
    }

    /** The role's name in Keycloak and in {@code isCallerInRole}. */
    public String id() {
        return id;
    }

    public static Optional<Role> byId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }
}
