package org.anju.permits.county;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/** Working days of the county calendar: Monday to Friday, minus public holidays, plus make-up working days (调休). */
public final class WorkingDays {

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> makeUpWorkdays;

    public WorkingDays(Set<LocalDate> holidays, Set<LocalDate> makeUpWorkdays) {
        this.holidays = Set.copyOf(holidays);
        this.makeUpWorkdays = Set.copyOf(makeUpWorkdays);
    }

    public boolean isWorkingDay(LocalDate day) {
        if (makeUpWorkdays.contains(day)) {
            return true;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /** The day by which something received on {@code start} must be done: {@code n} working days after it. */
    public LocalDate plus(LocalDate start, int n) {
        LocalDate d = start;
        int left = n;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /**
     * The day {@code n} working days before {@code day}: for a working day {@code d}, {@code plus(before(d, n), n)}
     * is {@code d}.
     */
    public LocalDate before(LocalDate day, int n) {
        LocalDate d = day;
        for (int left = n; left > 0; left--) {
            d = previous(d);
        }
        return d;
    }

    /** The last working day before {@code day}. */
    public LocalDate previous(LocalDate day) {
        LocalDate d = day.minusDays(1);
        while (!isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    /** The first working day after {@code day}. */
    public LocalDate next(LocalDate day) {
        return plus(day, 1);
    }

    /** Working days after {@code due} up to and including {@code today} (0 when not late). */
    public int late(LocalDate due, LocalDate today) {
        int n = 0;
        for (LocalDate d = due.plusDays(1); !d.isAfter(today); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }
}
