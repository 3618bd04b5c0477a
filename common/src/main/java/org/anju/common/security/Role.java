package org.anju.common.security;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The roles of DESIGN.md section 6, plus {@link #SERVICE} for Anju's own services; the wire name is the lower-case one
 * used in tokens ({@code groups}) and headers.
 */
public enum Role {
    INSPECTOR, TOWNSHIP_OFFICER, VILLAGE_REVIEWER, COUNTY_CLERK, COUNTY_ADMIN, BUREAU_READER,
    /**
     * Another Anju service calling with a client-credentials token from the gateway (outbox deliveries, crew
     * eligibility). Never granted to a person, and never accepted where a person is expected.
     */
    SERVICE;

    /** The wire name of {@link #SERVICE}, for {@code @RolesAllowed}. */
    public static final String SERVICE_GROUP = "service";

    private static final Role[] PEOPLE = { INSPECTOR, TOWNSHIP_OFFICER, VILLAGE_REVIEWER, COUNTY_CLERK, COUNTY_ADMIN,
            BUREAU_READER };

    @JsonValue
    public String wireName() {
        return name().toLowerCase();
    }

    public static Role fromWire(String value) {
        for (Role r : values()) {
            if (r.wireName().equalsIgnoreCase(value.trim())) {
                return r;
            }
        }
        return null;
    }

    /** Every role a person may hold: what {@code caller.require(Role.people())} lets through (not services). */
    public static Role[] people() {
        return PEOPLE.clone();
    }

    /** Whether a person may hold this role (every role but {@link #SERVICE}). */
    public boolean person() {
        return this != SERVICE;
    }

    /** County-wide roles see every township of their county. */
    public boolean countyWide() {
        return this == COUNTY_CLERK || this == COUNTY_ADMIN || this == BUREAU_READER;
    }
}
