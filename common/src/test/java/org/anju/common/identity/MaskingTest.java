package org.anju.common.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Identifiers a bureau reader or a township official sees: never the whole number. */
class MaskingTest {

    @Test
    void aRegisterNumberKeepsItsEndsLikeAResidentId() {
        assertEquals("HK-1***3c4d", Masking.identifier("HK-1a2b3c4d", false));
        assertEquals("HK-1a2b3c4d", Masking.identifier("HK-1a2b3c4d", true));
    }

    @Test
    void aShortNumberShowsAtMostItsLastTwoCharacters() {
        assertEquals("****", Masking.identifier("R123", false));
        assertEquals("****56", Masking.identifier("R12356", false));
        assertEquals(null, Masking.identifier(null, false));
    }

    @Test
    void residentIdsAndPhonesAreMaskedForAllButTheCountyAdmin() {
        assertEquals("3699**********001X", Masking.residentId("36990119800101001X", false));
        assertEquals("138****5678", Masking.phone("13812345678", false));
        assertEquals("13812345678", Masking.phone("13812345678", true));
    }
}
