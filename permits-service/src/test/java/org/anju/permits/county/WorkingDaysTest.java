package org.anju.permits.county;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Working days follow the county's holiday calendar. */
class WorkingDaysTest {

    private final WorkingDays plain = new WorkingDays(Set.of(), Set.of());

    @Test
    void threeWorkingDaysFromFridayEndOnWednesday() {
        assertEquals(LocalDate.of(2026, 12, 2), plain.plus(LocalDate.of(2026, 11, 27), 3));
    }

    @Test
    void holidaysAreSkippedAndMakeUpSaturdaysCount() {
        WorkingDays wd = new WorkingDays(Set.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2)),
                Set.of(LocalDate.of(2026, 10, 10)));
        assertEquals(LocalDate.of(2026, 10, 6), wd.plus(LocalDate.of(2026, 9, 30), 2));
        assertEquals(LocalDate.of(2026, 10, 10), wd.plus(LocalDate.of(2026, 10, 9), 1));
    }

    @Test
    void latenessCountsOnlyWorkingDays() {
        assertEquals(0, plain.late(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 29)));
        assertEquals(2, plain.late(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 12, 1)));
    }

    @Test
    void countingBackIsTheInverseOfCountingForward() {
        WorkingDays wd = new WorkingDays(Set.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2)),
                Set.of(LocalDate.of(2026, 10, 10)));
        assertEquals(LocalDate.of(2026, 9, 29), wd.before(LocalDate.of(2026, 10, 6), 3));
        for (LocalDate d = LocalDate.of(2026, 9, 20); d.isBefore(LocalDate.of(2026, 10, 20)); d = d.plusDays(1)) {
            if (wd.isWorkingDay(d)) {
                assertEquals(d, wd.plus(wd.before(d, 3), 3), d.toString());
            }
        }
        assertEquals(LocalDate.of(2026, 11, 27), plain.previous(LocalDate.of(2026, 11, 29)));
        assertEquals(LocalDate.of(2026, 11, 30), plain.next(LocalDate.of(2026, 11, 28)));
    }
}
