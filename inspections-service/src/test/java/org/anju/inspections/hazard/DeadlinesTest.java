package org.anju.inspections.hazard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Rectification deadlines: defaults per grade, never in the past, extensions only forward, overdue from the day after. */
class DeadlinesTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-28");

    @Test
    void graverHazardsGetShorterDefaultDeadlines() {
        assertEquals(LocalDate.parse("2026-12-13"), Deadlines.defaultFor(HazardGrade.GENERAL, TODAY));
        assertEquals(LocalDate.parse("2026-12-05"), Deadlines.defaultFor(HazardGrade.MAJOR, TODAY));
        assertEquals(LocalDate.parse("2026-12-01"), Deadlines.defaultFor(HazardGrade.CRITICAL, TODAY));
    }

    @Test
    void aDeadlineInThePastIsRefusedTodayIsAllowed() {
        assertEquals("deadline-not-in-past",
                Deadlines.checkNew("deadline", TODAY.minusDays(1), TODAY).orElseThrow().rule());
        assertTrue(Deadlines.checkNew("deadline", TODAY, TODAY).isEmpty());
    }

    @Test
    void anExtensionMustMoveTheDeadlineForward() {
        LocalDate current = TODAY.plusDays(3);
        assertEquals("extension-after-current-deadline",
                Deadlines.checkExtension("newDeadline", current, current, TODAY).orElseThrow().rule());
        assertEquals("deadline-not-in-past",
                Deadlines.checkExtension("newDeadline", TODAY.minusDays(9), TODAY.minusDays(2), TODAY).orElseThrow()
                        .rule());
        assertTrue(Deadlines.checkExtension("newDeadline", current, current.plusDays(1), TODAY).isEmpty());
    }

    @Test
    void overdueFromTheDayAfterTheDeadline() {
        assertFalse(Deadlines.overdue(TODAY, TODAY));
        assertTrue(Deadlines.overdue(TODAY.minusDays(1), TODAY));
    }
}
