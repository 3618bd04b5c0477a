package org.anju.inspections.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The rates the statistics show. */
class RatesTest {

    @Test
    void aRateIsAShareOfWhatWasDueRoundedToFourDecimalsAndNullWhenNothingWasDue() {
        assertNull(Rates.share(0, 0));
        assertEquals(0.0, Rates.share(0, 3));
        assertEquals(1.0, Rates.share(3, 3));
        assertEquals(0.5, Rates.share(1, 2));
        assertEquals(0.6667, Rates.share(2, 3));
        assertEquals(0.3333, Rates.share(1, 3));
        assertEquals(0.0001, Rates.share(1, 9999));
        assertThrows(IllegalArgumentException.class, () -> Rates.share(4, 3));
    }
}
