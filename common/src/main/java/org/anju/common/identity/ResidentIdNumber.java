package org.anju.common.identity;

import java.time.DateTimeException;
import java.time.LocalDate;

/** The 18-character citizen identity number of GB 11643: validation, check digit and masking. */
public final class ResidentIdNumber {

    private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private static final char[] CHECK = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };

    private ResidentIdNumber() {
    }

    /** Upper-cases a trailing x, the way people type it on phones; otherwise leaves the value alone. */
    public static String normalize(String value) {
        return value == null ? null : value.trim().toUpperCase();
    }

    /** The check digit the first 17 digits call for. */
    public static char checkDigit(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** Why the value is not a valid number, or null when it is (expects a normalized value). */
    public static String problem(String value) {
        if (value == null || value.length() != 18) {
            return "length";
        }
        for (int i = 0; i < 17; i++) {
            if (!Character.isDigit(value.charAt(i))) {
                return "format";
            }
        }
        char last = value.charAt(17);
        if (!Character.isDigit(last) && last != 'X') {
            return "format";
        }
        try {
            LocalDate birth = LocalDate.of(Integer.parseInt(value.substring(6, 10)),
                    Integer.parseInt(value.substring(10, 12)), Integer.parseInt(value.substring(12, 14)));
            if (birth.getYear() < 1900 || birth.isAfter(LocalDate.now())) {
                return "birth-date";
            }
        } catch (DateTimeException e) {
            return "birth-date";
        }
        return checkDigit(value) == last ? null : "check-digit";
    }

    public static boolean isValid(String value) {
        return problem(normalize(value)) == null;
    }

    /** `360121199001011234` becomes `3601**********1234`. */
    public static String mask(String value) {
        if (value == null || value.length() < 8) {
            return value;
        }
        return value.substring(0, 4) + "*".repeat(value.length() - 8) + value.substring(value.length() - 4);
    }
}
