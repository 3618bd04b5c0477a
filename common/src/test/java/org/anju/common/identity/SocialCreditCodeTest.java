package org.anju.common.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SocialCreditCodeTest {

    // The worked example printed in GB 32100-2015, appendix: 91350100M000100Y43.
    private static final String STANDARD_EXAMPLE = "91350100M000100Y43";

    @Test
    void acceptsTheStandardsOwnExample() {
        assertTrue(SocialCreditCode.isValid(STANDARD_EXAMPLE));
        assertEquals('3', SocialCreditCode.checkCharacter("91350100M000100Y4"));
    }

    @Test
    void acceptsLowerCaseInput() {
        assertTrue(SocialCreditCode.isValid("91350100m000100y43"));
    }

    @Test
    void refusesAWrongCheckCharacter() {
        assertEquals("check-character", SocialCreditCode.problem("91350100M000100Y44"));
    }

    @Test
    void refusesLettersOutsideTheAlphabet() {
        // I, O, S, V and Z are not used by GB 32100.
        assertEquals("format", SocialCreditCode.problem("91350100O000100Y43"));
    }

    @Test
    void refusesWrongLength() {
        assertEquals("length", SocialCreditCode.problem("91350100M000100Y4"));
    }
}
