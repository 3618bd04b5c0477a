package org.anju.registry.craftsman;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class TrainingCurrencyTest {

    private static final LocalDate ON = LocalDate.of(2026, 12, 1);
    private final TrainingCurrency rule = new TrainingCurrency(40, 24, 12);

    private static TrainingCurrency.Hours offline(int hours, LocalDate on) {
        return new TrainingCurrency.Hours(on, BigDecimal.valueOf(hours), true);
    }

    private static TrainingCurrency.Hours online(int hours, LocalDate on) {
        return new TrainingCurrency.Hours(on, BigDecimal.valueOf(hours), false);
    }

    @Test
    void fortyHoursWithTwentyFourOfflineIsCurrent() {
        var s = rule.evaluate(List.of(offline(24, ON.minusMonths(2)), online(16, ON.minusMonths(3))), ON);
        assertTrue(s.current());
        assertEquals(0, s.hours().compareTo(BigDecimal.valueOf(40)));
        assertEquals(0, s.offlineHours().compareTo(BigDecimal.valueOf(24)));
    }

    @Test
    void fortyHoursMostlyOnlineIsNotCurrent() {
        assertFalse(rule.evaluate(List.of(offline(23, ON.minusMonths(2)), online(30, ON.minusMonths(1))), ON)
                .current());
    }

    @Test
    void enoughOfflineButTooFewHoursIsNotCurrent() {
        assertFalse(rule.evaluate(List.of(offline(39, ON.minusMonths(2))), ON).current());
    }

    @Test
    void coursesOlderThanTwelveMonthsDoNotCount() {
        var s = rule.evaluate(List.of(offline(40, ON.minusMonths(12))), ON);
        assertFalse(s.current());
        assertEquals(LocalDate.of(2025, 12, 2), s.windowStart());
    }

    @Test
    void aCourseOnTheFirstDayOfTheWindowCounts() {
        assertTrue(rule.evaluate(List.of(offline(40, ON.minusMonths(12).plusDays(1))), ON).current());
    }

    @Test
    void coursesAfterTheDayDoNotCount() {
        assertFalse(rule.evaluate(List.of(offline(40, ON.plusDays(1))), ON).current());
    }

    @Test
    void noTrainingIsNotCurrent() {
        var s = rule.evaluate(List.of(), ON);
        assertFalse(s.current());
        assertEquals(40, s.requiredHours());
        assertEquals(24, s.requiredOfflineHours());
    }

    @Test
    void thresholdsAreConfigurable() {
        var lenient = new TrainingCurrency(8, 0, 6);
        assertTrue(lenient.evaluate(List.of(online(8, ON.minusMonths(5))), ON).current());
        assertFalse(lenient.evaluate(List.of(online(8, ON.minusMonths(7))), ON).current());
    }

    @Test
    void halfHoursAddUp() {
        var s = rule.evaluate(List.of(new TrainingCurrency.Hours(ON, new BigDecimal("24.5"), true),
                new TrainingCurrency.Hours(ON, new BigDecimal("15.5"), false)), ON);
        assertTrue(s.current());
    }
}
