package org.anju.gateway.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.anju.common.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** Default and bounded periods of the overview and the trend. */
class PeriodTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    void overviewDefaultsToThisYearSoFar() {
        assertEquals(new Period("2026-01-01", "2026-11-28"), Period.days(null, "", TODAY));
        assertEquals(new Period("2025-01-01", "2025-03-31"), Period.days(null, "2025-03-31", TODAY));
    }

    @Test
    void trendDefaultsToTheLastSixMonthsAcrossTheYearEnd() {
        assertEquals(List.of("2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"),
                Period.months(null, null, TODAY).monthList());
        assertEquals(List.of("2025-11", "2025-12", "2026-01"), Period.months("2025-11", "2026-01", TODAY).monthList());
    }

    @Test
    void twentyFourMonthsIsTheLongestTrend() {
        assertEquals(24, Period.months("2024-12", "2026-11", TODAY).monthList().size());
        ProblemException tooLong = assertThrows(ProblemException.class, () -> Period.months("2024-11", "2026-11", TODAY));
        assertEquals("at-most-24-months", tooLong.errors().get(0).rule());
    }
}
