package org.anju.registry.support;

import org.anju.common.identity.ResidentIdNumber;
import org.anju.common.security.Caller;
import org.anju.common.security.Role;

/** Personal identifiers as a caller may see them: in full for the county admin, masked for everyone else. */
public final class Masking {

    private Masking() {
    }

    public static boolean seesInFull(Caller caller) {
        return caller != null && caller.has(Role.COUNTY_ADMIN);
    }

    public static String residentId(String value, boolean full) {
        return full ? value : ResidentIdNumber.mask(value);
    }

    /** `13812345678` becomes `138****5678`. */
    public static String phone(String value, boolean full) {
        if (full || value == null || value.length() < 8) {
            return value;
        }
        return value.substring(0, 3) + "*".repeat(value.length() - 7) + value.substring(value.length() - 4);
    }
}
