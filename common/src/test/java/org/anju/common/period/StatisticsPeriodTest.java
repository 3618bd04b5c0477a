package org.anju.common.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.anju.common.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** The days and months statistics count. */
class StatisticsPeriodTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    void daysDefaultToTheFirstOfJanuaryUntilToday() {
        assertEquals(new StatisticsPeriod(LocalDate.of(2026, 1, 1), TODAY), StatisticsPeriod.days(null, "", TODAY));
        assertEquals(new StatisticsPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30)),
                StatisticsPeriod.days(null, "2025-06-30", TODAY));
    }

    @Test
    void aPeriodRunsFromMidnightOfItsFirstDayToMidnightAfterItsLastInShanghai() {
        StatisticsPeriod march = StatisticsPeriod.days("2025-03-01", "2025-03-31", TODAY);
        assertEquals(OffsetDateTime.parse("2025-02-28T16:00Z").toInstant(), march.start().toInstant());
        assertEquals(OffsetDateTime.parse("2025-03-31T16:00Z").toInstant(), march.end().toInstant());
        assertEquals(List.of("2025-03"), march.months());
    }

    @Test
    void aSingleDayIsAPeriod() {
        StatisticsPeriod day = StatisticsPeriod.days("2025-03-01", "2025-03-01", TODAY);
        assertEquals(24, java.time.Duration.between(day.start(), day.end()).toHours());
    }

    @Test
    void monthsDefaultToTheLastSixIncludingThisOne() {
        StatisticsPeriod p = StatisticsPeriod.months(null, null, TODAY);
        assertEquals(List.of("2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"), p.months());
        assertEquals(LocalDate.of(2026, 6, 1), p.from());
        assertEquals(LocalDate.of(2026, 11, 30), p.to());
    }

    @Test
    void monthsCrossTheYearAndEndOnTheLastDayOfFebruary() {
        StatisticsPeriod p = StatisticsPeriod.months("2023-12", "2024-02", TODAY);
        assertEquals(List.of("2023-12", "2024-01", "2024-02"), p.months());
        assertEquals(LocalDate.of(2024, 2, 29), p.to());
    }

    @Test
    void twentyFourMonthsAreAllowedTwentyFiveAreRefusedOnFrom() {
        assertEquals(24, StatisticsPeriod.months("2023-02", "2025-01", TODAY).months().size());
        ProblemException e = assertThrows(ProblemException.class,
                () -> StatisticsPeriod.months("2023-01", "2025-01", TODAY));
        assertEquals(400, e.status());
        assertEquals("from", e.errors().get(0).field());
        assertEquals("at-most-24-months", e.errors().get(0).rule());
    }

    @Test
    void fromAfterToAndMalformedValuesNameTheirField() {
        assertEquals("from", assertThrows(ProblemException.class,
                () -> StatisticsPeriod.days("2025-04-02", "2025-04-01", TODAY)).errors().get(0).field());
        assertEquals("from", assertThrows(ProblemException.class,
                () -> StatisticsPeriod.months("2025-05", "2025-04", TODAY)).errors().get(0).field());
        assertEquals("to", assertThrows(ProblemException.class,
                () -> StatisticsPeriod.days(null, "2025-13-01", TODAY)).errors().get(0).field());
        assertEquals("iso-month", assertThrows(ProblemException.class,
                () -> StatisticsPeriod.months("2025-3", null, TODAY)).errors().get(0).rule());
    }
}
