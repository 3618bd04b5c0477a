package org.anju.registry.eligibility;

import static org.anju.registry.eligibility.EligibilityReason.AT_CONCURRENT_JOB_LIMIT;
import static org.anju.registry.eligibility.EligibilityReason.CREDIT_BELOW_MINIMUM;
import static org.anju.registry.eligibility.EligibilityReason.INSURANCE_LAPSED;
import static org.anju.registry.eligibility.EligibilityReason.LEADER_TRAINING_NOT_CURRENT;
import static org.anju.registry.eligibility.EligibilityReason.NOT_QUALIFIED;
import static org.anju.registry.eligibility.EligibilityReason.QUALIFICATION_EXPIRED;
import static org.anju.registry.eligibility.EligibilityReason.REVOKED;
import static org.anju.registry.eligibility.EligibilityReason.SUSPENDED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.anju.registry.craftsman.TrainingCurrency;
import org.anju.registry.qualification.QualificationState;
import org.junit.jupiter.api.Test;

class CrewEligibilityTest {

    private static final LocalDate ON = LocalDate.of(2026, 12, 1);
    private static final TrainingCurrency.Status TRAINED = new TrainingCurrency(40, 24, 12)
            .evaluate(List.of(new TrainingCurrency.Hours(ON.minusMonths(1), BigDecimal.valueOf(40), true)), ON);
    private static final TrainingCurrency.Status UNTRAINED = new TrainingCurrency(40, 24, 12).evaluate(List.of(), ON);

    private static CrewEligibility.Facts fit() {
        return new CrewEligibility.Facts(QualificationState.QUALIFIED, ON.minusYears(1), ON.plusYears(1), TRAINED,
                ON.plusMonths(6), 2, 3, 100, 60);
    }

    private static List<EligibilityReason> codes(CrewEligibility.Facts f) {
        return CrewEligibility.reasons(f, ON).stream().map(CrewEligibility.Reason::code).toList();
    }

    private static CrewEligibility.Facts with(QualificationState s, LocalDate until, TrainingCurrency.Status t,
            LocalDate insurance, long active) {
        return new CrewEligibility.Facts(s, ON.minusYears(1), until, t, insurance, active, 3, 100, 60);
    }

    @Test
    void fitCrewIsEligible() {
        assertTrue(codes(fit()).isEmpty());
    }

    @Test
    void filedCrewIsNotQualified() {
        assertEquals(List.of(NOT_QUALIFIED), codes(new CrewEligibility.Facts(QualificationState.FILED, null, null,
                TRAINED, ON.plusMonths(6), 0, 3, 100, 60)));
    }

    @Test
    void qualificationLapsedBeforeTheDayIsExpired() {
        assertEquals(List.of(QUALIFICATION_EXPIRED), codes(with(QualificationState.QUALIFIED, ON.minusDays(1),
                TRAINED, ON.plusMonths(6), 0)));
    }

    @Test
    void qualificationEndingOnTheDayStillCovers() {
        assertTrue(codes(with(QualificationState.QUALIFIED, ON, TRAINED, ON.plusMonths(6), 0)).isEmpty());
    }

    @Test
    void suspendedCrewIsRefused() {
        assertEquals(List.of(SUSPENDED), codes(with(QualificationState.SUSPENDED, ON.plusYears(1), TRAINED,
                ON.plusMonths(6), 0)));
    }

    @Test
    void revokedCrewIsRefused() {
        assertEquals(List.of(REVOKED), codes(with(QualificationState.REVOKED, ON.plusYears(1), TRAINED,
                ON.plusMonths(6), 0)));
    }

    @Test
    void untrainedLeaderIsRefusedWithTheHours() {
        var reasons = CrewEligibility.reasons(with(QualificationState.QUALIFIED, ON.plusYears(1), UNTRAINED,
                ON.plusMonths(6), 0), ON);
        assertEquals(List.of(LEADER_TRAINING_NOT_CURRENT), reasons.stream().map(CrewEligibility.Reason::code).toList());
        assertTrue(reasons.get(0).message().contains("40 hours with 24 offline"), reasons.get(0).message());
        assertTrue(reasons.get(0).messageZh().contains("学时"));
    }

    @Test
    void insuranceEndingBeforeTheDayIsLapsed() {
        assertEquals(List.of(INSURANCE_LAPSED), codes(with(QualificationState.QUALIFIED, ON.plusYears(1), TRAINED,
                ON.minusDays(1), 0)));
        assertTrue(codes(with(QualificationState.QUALIFIED, ON.plusYears(1), TRAINED, ON, 0)).isEmpty());
    }

    @Test
    void crewAtItsLimitIsRefused() {
        assertEquals(List.of(AT_CONCURRENT_JOB_LIMIT), codes(with(QualificationState.QUALIFIED, ON.plusYears(1),
                TRAINED, ON.plusMonths(6), 3)));
    }

    @Test
    void expiredAndUninsuredGivesBothReasons() {
        assertEquals(List.of(QUALIFICATION_EXPIRED, INSURANCE_LAPSED), codes(with(QualificationState.QUALIFIED,
                ON.minusDays(10), TRAINED, ON.minusDays(3), 1)));
    }

    @Test
    void suspendedAndExpiredWithUntrainedLeaderAtLimitGivesEveryReason() {
        assertEquals(List.of(SUSPENDED, QUALIFICATION_EXPIRED, LEADER_TRAINING_NOT_CURRENT, INSURANCE_LAPSED,
                AT_CONCURRENT_JOB_LIMIT), codes(with(QualificationState.SUSPENDED, ON.minusDays(1), UNTRAINED,
                        ON.minusDays(1), 5)));
    }

    @Test
    void dayBeforeTheQualificationStartsIsNotQualified() {
        var f = new CrewEligibility.Facts(QualificationState.QUALIFIED, ON.plusDays(1), ON.plusYears(2), TRAINED,
                ON.plusMonths(6), 0, 3, 100, 60);
        assertEquals(List.of(NOT_QUALIFIED), codes(f));
    }

    @Test
    void creditBelowTheCountyMinimumIsRefusedWithTheScoreAndTheMinimum() {
        var f = new CrewEligibility.Facts(QualificationState.QUALIFIED, ON.minusYears(1), ON.plusYears(1), TRAINED,
                ON.plusMonths(6), 0, 3, 59, 60);
        var reasons = CrewEligibility.reasons(f, ON);
        assertEquals(List.of(CREDIT_BELOW_MINIMUM), reasons.stream().map(CrewEligibility.Reason::code).toList());
        assertTrue(reasons.get(0).message().contains("59") && reasons.get(0).message().contains("60"),
                reasons.get(0).message());
        assertTrue(reasons.get(0).messageZh().contains("信用分为 59 分") && reasons.get(0).messageZh().contains("60"));
    }

    @Test
    void creditAtTheMinimumIsEnough() {
        assertTrue(codes(new CrewEligibility.Facts(QualificationState.QUALIFIED, ON.minusYears(1), ON.plusYears(1),
                TRAINED, ON.plusMonths(6), 0, 3, 60, 60)).isEmpty());
    }
}
