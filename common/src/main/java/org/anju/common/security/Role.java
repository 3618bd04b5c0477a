package org.anju.common.security;

import com.fasterxml.jackson.annotation.JsonValue;

/** The roles of DESIGN.md section 6; the wire name is the lower-case one used in tokens and headers. */
public enum Role {
    INSPECTOR, TOWNSHIP_OFFICER, VILLAGE_REVIEWER, COUNTY_CLERK, COUNTY_ADMIN, BUREAU_READER;

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

    /** County-wide roles see every township of their county. */
    public boolean countyWide() {
        return this == COUNTY_CLERK || this == COUNTY_ADMIN || this == BUREAU_READER;
    }
}
