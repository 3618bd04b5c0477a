package org.anju.permits.visit;

import static org.anju.permits.visit.VisitType.COMPLETION_ACCEPTANCE;
import static org.anju.permits.visit.VisitType.FOUNDATION_TRENCH;
import static org.anju.permits.visit.VisitType.KEY_MILESTONE;
import static org.anju.permits.visit.VisitType.MAIN_STRUCTURE;
import static org.anju.permits.visit.VisitType.SETTING_OUT;
import static org.anju.permits.visit.VisitType.SITE_SURVEY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.anju.permits.county.WorkingDays;
import org.anju.permits.lifecycle.PermitState;
import org.junit.jupiter.api.Test;

/** Which mandatory visit a build is due for, and by which day, in working days of the county calendar. */
class VisitDeadlinesTest {

    private static final VisitDeadlines.Limits DEFAULTS = new VisitDeadlines.Limits(3, 3, 3);
    /** Thursday 4 June 2026; Monday 8 June is a county holiday in this calendar. */
    private static final LocalDate THURSDAY = LocalDate.of(2026, 6, 4);
    private static final LocalDate HOLIDAY_MONDAY = LocalDate.of(2026, 6, 8);
    private final WorkingDays calendar = new WorkingDays(Set.of(HOLIDAY_MONDAY), Set.of());

    private static List<VisitDeadlines.Step> passedUpTo(int passed, VisitType... list) {
        List<VisitDeadlines.Step> steps = new ArrayList<>();
        for (int i = 0; i < list.length; i++) {
            steps.add(new VisitDeadlines.Step(list[i], i < passed, i < passed ? THURSDAY : null));
        }
        return steps;
    }

    private static List<VisitDeadlines.Step> six(int passed) {
        return passedUpTo(passed, VisitType.values());
    }

    @Test
    void siteSurveyIsDueFromIntakeUntilItPasses() {
        assertEquals(Optional.of(SITE_SURVEY), VisitDeadlines.dueNow(PermitState.SUBMITTED, six(0)));
        assertEquals(Optional.of(SITE_SURVEY), VisitDeadlines.dueNow(PermitState.VILLAGE_REVIEWED, six(0)));
        assertEquals(Optional.empty(), VisitDeadlines.dueNow(PermitState.VILLAGE_REVIEWED, six(1)));
    }

    @Test
    void nothingIsDueBetweenSurveyAndCertificate() {
        assertEquals(Optional.empty(), VisitDeadlines.dueNow(PermitState.SITE_SURVEYED, six(1)));
        assertEquals(Optional.empty(), VisitDeadlines.dueNow(PermitState.BOOK_ISSUED, six(1)));
    }

    @Test
    void settingOutIsDueOncePermittedAndEachLaterVisitUnderConstruction() {
        assertEquals(Optional.of(SETTING_OUT), VisitDeadlines.dueNow(PermitState.PERMITTED, six(1)));
        assertEquals(Optional.empty(), VisitDeadlines.dueNow(PermitState.PERMITTED, six(2)));
        assertEquals(Optional.of(FOUNDATION_TRENCH), VisitDeadlines.dueNow(PermitState.UNDER_CONSTRUCTION, six(2)));
        assertEquals(Optional.of(KEY_MILESTONE), VisitDeadlines.dueNow(PermitState.UNDER_CONSTRUCTION, six(3)));
        assertEquals(Optional.of(MAIN_STRUCTURE), VisitDeadlines.dueNow(PermitState.UNDER_CONSTRUCTION, six(4)));
        assertEquals(Optional.of(COMPLETION_ACCEPTANCE),
                VisitDeadlines.dueNow(PermitState.UNDER_CONSTRUCTION, six(5)));
        assertEquals(Optional.empty(), VisitDeadlines.dueNow(PermitState.UNDER_CONSTRUCTION, six(6)));
    }

    @Test
    void suspendedFinishedAndSideStatesAreNotDue() {
        for (PermitState s : List.of(PermitState.SUSPENDED, PermitState.COMPLETED, PermitState.ARCHIVED,
                PermitState.REJECTED, PermitState.WITHDRAWN, PermitState.REVOKED, PermitState.DRAFT)) {
            for (int passed = 0; passed <= 6; passed++) {
                assertEquals(Optional.empty(), VisitDeadlines.dueNow(s, six(passed)), s + " " + passed);
            }
        }
    }

    @Test
    void theCountysShorterListIsFollowedInItsOrder() {
        List<VisitDeadlines.Step> three = passedUpTo(2, SITE_SURVEY, SETTING_OUT, COMPLETION_ACCEPTANCE);
        assertEquals(Optional.of(COMPLETION_ACCEPTANCE), VisitDeadlines.dueNow(PermitState.UNDER_CONSTRUCTION, three));
        List<VisitDeadlines.Step> noSurvey = passedUpTo(0, SETTING_OUT, FOUNDATION_TRENCH);
        assertEquals(Optional.empty(), VisitDeadlines.dueNow(PermitState.SUBMITTED, noSurvey));
        assertEquals(Optional.of(SETTING_OUT), VisitDeadlines.dueNow(PermitState.PERMITTED, noSurvey));
    }

    @Test
    void siteSurveyKeepsTheLimitSetAtIntake() {
        LocalDate surveyDue = LocalDate.of(2026, 6, 3);
        assertEquals(surveyDue, VisitDeadlines.deadline(SITE_SURVEY, surveyDue, null, LocalDate.of(2026, 5, 29),
                null, DEFAULTS, calendar));
    }

    @Test
    void settingOutCountsFromTheCertificateOverTheWeekendAndTheHoliday() {
        // Thursday's certificate: Friday 5, (weekend), (holiday Monday 8), Tuesday 9, Wednesday 10
        assertEquals(LocalDate.of(2026, 6, 10), VisitDeadlines.deadline(SETTING_OUT, null, LocalDate.of(2026, 5, 1),
                THURSDAY, null, DEFAULTS, calendar));
    }

    @Test
    void laterVisitsCountFromThePreviousOnePassing() {
        assertEquals(LocalDate.of(2026, 6, 10), VisitDeadlines.deadline(KEY_MILESTONE, null, THURSDAY,
                LocalDate.of(2026, 6, 20), null, DEFAULTS, calendar));
        // the county gives the later stages 5 working days
        assertEquals(LocalDate.of(2026, 6, 12), VisitDeadlines.deadline(KEY_MILESTONE, null, THURSDAY,
                LocalDate.of(2026, 6, 20), null, new VisitDeadlines.Limits(3, 3, 5), calendar));
    }

    @Test
    void aLiftedStopWorkStartsTheCountAgain() {
        LocalDate lifted = LocalDate.of(2026, 6, 15);
        assertEquals(LocalDate.of(2026, 6, 18), VisitDeadlines.deadline(FOUNDATION_TRENCH, null, THURSDAY, lifted,
                lifted, DEFAULTS, calendar));
        // a stop-work lifted before the visit before it passed changes nothing
        assertEquals(LocalDate.of(2026, 6, 10), VisitDeadlines.deadline(FOUNDATION_TRENCH, null, THURSDAY, THURSDAY,
                LocalDate.of(2026, 6, 1), DEFAULTS, calendar));
    }
}
