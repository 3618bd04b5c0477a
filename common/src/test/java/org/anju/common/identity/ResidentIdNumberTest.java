package org.anju.common.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ResidentIdNumberTest {

    // 11010519491231002X is the worked example of GB 11643-1999 itself.
    private static final String STANDARD_EXAMPLE = "11010519491231002X";

    @Test
    void acceptsTheStandardsOwnExample() {
        assertTrue(ResidentIdNumber.isValid(STANDARD_EXAMPLE));
        assertEquals('X', ResidentIdNumber.checkDigit("11010519491231002"));
    }

    @Test
    void acceptsLowerCaseXAsTypedOnPhones() {
        assertTrue(ResidentIdNumber.isValid("11010519491231002x"));
        assertEquals(STANDARD_EXAMPLE, ResidentIdNumber.normalize("11010519491231002x"));
    }

    @Test
    void refusesAWrongCheckDigit() {
        assertEquals("check-digit", ResidentIdNumber.problem("110105194912310021"));
    }

    @Test
    void refusesWrongLengthAndLetters() {
        assertEquals("length", ResidentIdNumber.problem("1101051949123100"));
        assertEquals("format", ResidentIdNumber.problem("11010519491231A02X"));
    }

    @Test
    void refusesAnImpossibleBirthDate() {
        String first17 = "36012119900231123";
        assertEquals("birth-date", ResidentIdNumber.problem(first17 + ResidentIdNumber.checkDigit(first17)));
    }

    @Test
    void computedNumbersValidate() {
        String first17 = "36112219850615301";
        String id = first17 + ResidentIdNumber.checkDigit(first17);
        assertNull(ResidentIdNumber.problem(id));
        assertFalse(ResidentIdNumber.isValid(first17 + (id.charAt(17) == '0' ? '1' : '0')));
    }

    @Test
    void masksAllButFirstAndLastFour() {
        assertEquals("1101**********002X", ResidentIdNumber.mask(STANDARD_EXAMPLE));
    }
}
