package org.anju.inspections.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.anju.common.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** Which due visits a view keeps, and how the list's parameters are read. */
class DueVisitsViewTest {

    @Test
    void dueTodayKeepsWhatIsNotOverdueOverdueTheRestAllBoth() {
        assertTrue(DueVisits.View.DUE_TODAY.keeps(false));
        assertFalse(DueVisits.View.DUE_TODAY.keeps(true));
        assertTrue(DueVisits.View.OVERDUE.keeps(true));
        assertFalse(DueVisits.View.OVERDUE.keeps(false));
        assertTrue(DueVisits.View.ALL.keeps(true));
        assertTrue(DueVisits.View.ALL.keeps(false));
    }

    @Test
    void theOldListsDueTodayAndOverdueAreTheDueViews() {
        assertEquals(DueVisits.View.DUE_TODAY, VisitQueries.View.DUE_TODAY.due().orElseThrow());
        assertEquals(DueVisits.View.OVERDUE, VisitQueries.View.OVERDUE.due().orElseThrow());
        assertTrue(VisitQueries.View.SCHEDULED_TODAY.due().isEmpty());
        assertTrue(VisitQueries.View.OFF_SITE.due().isEmpty());
    }

    @Test
    void viewDefaultsToAllAndAnUnknownOneIsNamed() {
        assertEquals(DueVisits.View.ALL, DueVisits.View.parse(null));
        assertEquals(DueVisits.View.OVERDUE, DueVisits.View.parse("OVERDUE"));
        assertEquals("view", assertThrows(ProblemException.class, () -> DueVisits.View.parse("LATE")).errors()
                .get(0).field());
    }

    @Test
    void theDateDefaultsToTodayAndAMalformedOneIsNamed() {
        LocalDate today = LocalDate.of(2026, 11, 28);
        assertEquals(today, DueVisits.date("on", " ", today));
        assertEquals(LocalDate.of(2026, 12, 1), DueVisits.date("on", "2026-12-01", today));
        ProblemException e = assertThrows(ProblemException.class, () -> DueVisits.date("on", "2026-02-30", today));
        assertEquals("on", e.errors().get(0).field());
        assertEquals(400, e.status());
    }
}
