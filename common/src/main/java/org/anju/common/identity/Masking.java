package org.anju.common.identity;

import org.anju.common.security.Caller;
import org.anju.common.security.Role;

/**
 * Personal identifiers as a caller may see them, the same in every service: in full for the county admin, masked for
 * everyone else (DESIGN.md section 6: a bureau reader sees no personal identifiers).
 */
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

    /**
     * Any other personal identifier (the household register number 户口簿编号): like a resident ID, its first and last
     * four characters when it is long enough, else only its last two, and nothing of a very short one.
     */
    public static String identifier(String value, boolean full) {
        if (full || value == null) {
            return value;
        }
        int n = value.length();
        if (n >= 8) {
            return ResidentIdNumber.mask(value);
        }
        return n <= 4 ? "*".repeat(n) : "*".repeat(n - 2) + value.substring(n - 2);
    }
}
