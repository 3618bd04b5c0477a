package org.anju.permits.demo;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.anju.common.demo.DemoCounty;
import org.anju.permits.county.HolidayCalendar;
import org.anju.permits.county.WorkingDays;
import org.anju.permits.lifecycle.Action;
import org.anju.permits.rules.CountyRuleSet;

/**
 * When each step of demo build n happened. A build's steps fall on fixed days of a 40-day build (as inspections' demo
 * records its visits), squeezed into the time between the application ({@link DemoCounty#appliedDaysAgo}) and an
 * hour ago. A permitted build's certificate, and the foundation-trench visit of one under construction, are placed
 * so that the next visit falls due on the day inspections' demo has it scheduled ({@link
 * DemoCounty#nextVisitScheduledOn}), moved to the nearest working day: the next one for a visit due today, the one
 * before for an overdue one.
 */
final class DemoTimeline {

    static final int TRENCH_DAY = 20;

    private final OffsetDateTime created;
    private final OffsetDateTime end;
    private final int endDay;

    private DemoTimeline(OffsetDateTime created, OffsetDateTime end, int endDay) {
        this.created = created;
        this.end = end;
        this.endDay = endDay;
    }

    static DemoTimeline of(int n, OffsetDateTime now, WorkingDays workingDays, CountyRuleSet rules) {
        OffsetDateTime created = now.atZoneSameInstant(HolidayCalendar.ZONE).toOffsetDateTime()
                .minusDays(DemoCounty.appliedDaysAgo(n)).withHour(9).withMinute(0).withSecond(0).withNano(0)
                .plusMinutes(n);
        OffsetDateTime latest = now.minusHours(1);
        LocalDate today = now.atZoneSameInstant(HolidayCalendar.ZONE).toLocalDate();
        LocalDate scheduled = DemoCounty.nextVisitScheduledOn(n, today);
        if (scheduled == null) {
            return new DemoTimeline(created, latest, 40);
        }
        LocalDate due = workingDays.isWorkingDay(scheduled) ? scheduled
                : DemoCounty.nextVisitOverdue(n) ? workingDays.previous(scheduled) : workingDays.next(scheduled);
        boolean permitted = DemoCounty.stage(n) == DemoCounty.PERMITTED;
        LocalDate anchor = workingDays.before(due,
                permitted ? rules.settingOutWorkingDays() : rules.stageVisitWorkingDays());
        OffsetDateTime at = anchor.atTime(10, 0).atZone(HolidayCalendar.ZONE).toOffsetDateTime();
        return new DemoTimeline(created, at.isAfter(latest) ? latest : at, permitted ? 9 : TRENCH_DAY);
    }

    OffsetDateTime created() {
        return created;
    }

    /** The moment of {@code day} of the build. */
    OffsetDateTime day(int day) {
        long span = Math.max(0, Duration.between(created, end).toMinutes());
        return created.plusMinutes(span * day / endDay);
    }

    /** The moment of an action. */
    OffsetDateTime at(Action action) {
        return switch (action) {
            case SUBMIT -> day(1);
            case VILLAGE_REVIEW, WITHDRAW -> day(2);
            case SURVEY -> day(3);
            case REJECT -> day(5);
            case ISSUE_BOOK -> day(6);
            case ISSUE_CERTIFICATE -> day(9);
            case ASSIGN_CREW -> day(7);
            case REVOKE -> day(10);
            case START_CONSTRUCTION -> day(12);
            case SUSPEND -> day(25);
            case COMPLETE -> day(40);
            case ARCHIVE -> day(40).plusMinutes(10);
            case RESUME -> day(30);
        };
    }
}
