package org.anju.common.identity;

/** The 18-character unified social credit code of GB 32100, with its modulo-31 check character. */
public final class SocialCreditCode {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

    private SocialCreditCode() {
    }

    public static String normalize(String value) {
        return value == null ? null : value.trim().toUpperCase();
    }

    /** The check character the first 17 characters call for; they must all be in the code's alphabet. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return ALPHABET.charAt(check);
    }

    /** Why the value is not a valid code, or null when it is (expects a normalized value). */
    public static String problem(String value) {
        if (value == null || value.length() != 18) {
            return "length";
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(value.charAt(i)) < 0) {
                return "format";
            }
        }
        return checkCharacter(value) == value.charAt(17) ? null : "check-character";
    }

    public static boolean isValid(String value) {
        return problem(normalize(value)) == null;
    }
}
