package org.anju.permits.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.anju.permits.crew.CrewEligibility;
import org.anju.permits.gis.CountyLayers;
import org.anju.permits.lifecycle.PermitState;
import org.anju.permits.permit.BuildKind;
import org.anju.permits.permit.SafetyGrade;
import org.anju.permits.permit.Track;
import org.anju.permits.visit.VisitType;
import org.junit.jupiter.api.Test;

/** The application rules, one behaviour each, without Quarkus. */
class ApplicationRulesTest {

    private final CountyRuleSet rules = CountyRuleSet.defaults();

    @Test
    void justBelowEveryThresholdIsBelowTheLimit() {
        assertEquals(Track.BELOW_LIMIT, TrackClassifier.classify(Facts.sized(2, "299.99", "299999.99"), rules));
    }

    @Test
    void reachingAnyOneThresholdIsAboveTheLimit() {
        assertEquals(Track.ABOVE_LIMIT, TrackClassifier.classify(Facts.sized(3, "100", "100000"), rules));
        assertEquals(Track.ABOVE_LIMIT, TrackClassifier.classify(Facts.sized(1, "300", "100000"), rules));
        assertEquals(Track.ABOVE_LIMIT, TrackClassifier.classify(Facts.sized(1, "100", "300000"), rules));
    }

    @Test
    void missingHomesteadReferenceIsRefused() {
        assertEquals("homestead-reference", HomesteadReferenceRule.check(Facts.homestead(" ")).get(0).rule());
        assertTrue(HomesteadReferenceRule.check(Facts.valid()).isEmpty());
    }

    @Test
    void designNeedsStandardSetOrQualifiedDesigner() {
        assertTrue(DesignRule.check(Facts.design("TYT-1", null, null)).isEmpty());
        assertTrue(DesignRule.check(Facts.design(null, "李工", "JZS-123")).isEmpty());
        assertEquals(1, DesignRule.check(Facts.design(null, "李工", null)).size());
        assertEquals(1, DesignRule.check(Facts.design(null, null, null)).size());
    }

    @Test
    void extensionOfCOrDHouseIsRefusedButAOrBAllowed() {
        assertEquals("dangerous-house-extension",
                ExistingHouseRule.check(Facts.kind(BuildKind.EXTENSION, SafetyGrade.C)).get(0).rule());
        assertEquals(1, ExistingHouseRule.check(Facts.kind(BuildKind.EXTENSION, SafetyGrade.D)).size());
        assertTrue(ExistingHouseRule.check(Facts.kind(BuildKind.EXTENSION, SafetyGrade.B)).isEmpty());
        assertTrue(ExistingHouseRule.check(Facts.kind(BuildKind.REBUILD, SafetyGrade.D)).isEmpty());
    }

    @Test
    void rebuildWithoutGradeIsRefused() {
        assertEquals("existing-grade-required",
                ExistingHouseRule.check(Facts.kind(BuildKind.REBUILD, null)).get(0).rule());
        assertTrue(ExistingHouseRule.check(Facts.kind(BuildKind.NEW_BUILD, null)).isEmpty());
    }

    @Test
    void aboveLimitNeedsDesignFirmAndCompanyWithValidCreditCodes() {
        assertEquals(2, AboveLimitRule.check(Facts.firms(null, null, null, null), Track.ABOVE_LIMIT).size());
        assertEquals(1, AboveLimitRule.check(Facts.firms("设计院", "91350100M000100Y43", null, null),
                Track.ABOVE_LIMIT).size());
        assertTrue(AboveLimitRule.check(Facts.firms("设计院", "91350100M000100Y43", "建筑公司", "91350100M000100Y43"),
                Track.ABOVE_LIMIT).isEmpty());
        assertTrue(AboveLimitRule.check(Facts.firms(null, null, null, null), Track.BELOW_LIMIT).isEmpty());
    }

    @Test
    void secondActiveBuildOfAHouseholdIsRefused() {
        assertEquals("one-household-one-build", OneActiveBuildRule.check(List.of("A369901-2026-000001")).get(0).rule());
        assertTrue(OneActiveBuildRule.check(List.of()).isEmpty());
    }

    @Test
    void noticeMustHaveRunSevenDays() {
        LocalDate today = LocalDate.of(2026, 11, 28);
        assertEquals(1, NoticePeriodRule.check(today.minusDays(6), 7, today).size());
        assertTrue(NoticePeriodRule.check(today.minusDays(7), 7, today).isEmpty());
        assertEquals(1, NoticePeriodRule.check(null, 7, today).size());
    }

    @Test
    void crewMustBeRegisteredAndEligible() {
        CrewEligibility refused = new CrewEligibility(null, LocalDate.of(2026, 12, 15), false,
                List.of(new CrewEligibility.Reason("INSURANCE_LAPSED", "insurance lapsed", "意外保险已失效")), 1, 3, 90);
        RuleViolation v = CrewRule.check(Facts.valid(), Optional.of(refused)).get(0);
        assertEquals(List.of("INSURANCE_LAPSED"), v.values().get("reasons"));
        assertEquals(1, CrewRule.check(Facts.valid(), Optional.empty()).size());
        CrewEligibility ok = new CrewEligibility(null, null, true, List.of(), 0, 3, 100);
        assertTrue(CrewRule.check(Facts.valid(), Optional.of(ok)).isEmpty());
    }

    @Test
    void pendingVisitGatesItsStage() {
        assertEquals(1, VisitsPassedRule.check(List.of(VisitType.SETTING_OUT), PermitState.UNDER_CONSTRUCTION).size());
        assertTrue(VisitsPassedRule.check(List.of(), PermitState.UNDER_CONSTRUCTION).isEmpty());
    }

    @Test
    void bookLapsesAfterItsValidity() {
        LocalDate today = LocalDate.of(2026, 11, 28);
        assertTrue(BookValidRule.check(today, today).isEmpty());
        assertEquals(1, BookValidRule.check(today.minusDays(1), today).size());
    }

    @Test
    void submissionReportsEveryBrokenRuleTogether() {
        List<RuleViolation> v = SubmissionRules.check(Facts.design(null, null, null), "JC-1", Track.BELOW_LIMIT, rules,
                CountyLayers.empty(), new SubmissionRules.Holdings(List.of("A369901-2026-000009"),
                        List.of(new PlotHeldRule.Holder("A369901-2026-000007", true, false)), List.of()));
        assertEquals(List.of("one-household-one-build", "plot-held", "design-present", "layer-missing",
                "layer-missing", "layer-missing"), v.stream().map(RuleViolation::rule).toList());
        assertEquals("A369901-2026-000007", v.get(1).values().get("heldBy"));
        assertEquals("plotId", v.get(1).field());
        assertEquals(List.of("PLANNING_AREAS", "HAZARD_ZONES", "ROADS"),
                v.subList(3, 6).stream().map(r -> r.values().get("kind")).toList());
    }

    @Test
    void aMissingLayerOnlyWarnsWhereTheCountySaysSo() {
        CountyRuleSet warn = new CountyRuleSet(3, new java.math.BigDecimal("300"), new java.math.BigDecimal("300000"),
                7, java.math.BigDecimal.TEN, java.math.BigDecimal.TEN, java.math.BigDecimal.TEN, java.math.BigDecimal.ONE,
                rules.visits(), 12, 3, 10, 3, 3, CountyRuleSet.MissingLayers.WARN, false);
        assertTrue(SubmissionRules.siting(Facts.valid(), warn, CountyLayers.empty()).isEmpty());
        assertEquals(3, SubmissionRules.sitingWarnings(warn, CountyLayers.empty()).size());
        assertTrue(SubmissionRules.sitingWarnings(rules, CountyLayers.empty()).isEmpty());
    }

    @Test
    void aSecondNewHouseAfterACompletedOneIsRefusedButARebuildIsNot() {
        List<String> done = List.of("A369901-2025-000001");
        assertEquals(1, CompletedHouseRule.check(Facts.valid(), done, rules).size());
        assertTrue(CompletedHouseRule.check(Facts.valid(), List.of(), rules).isEmpty());
        CountyRuleSet allowing = new CountyRuleSet(3, new java.math.BigDecimal("300"),
                new java.math.BigDecimal("300000"), 7, java.math.BigDecimal.TEN, java.math.BigDecimal.TEN,
                java.math.BigDecimal.TEN, java.math.BigDecimal.ONE, rules.visits(), 12, 3, 10, 3, 3,
                CountyRuleSet.MissingLayers.REFUSE, true);
        assertTrue(CompletedHouseRule.check(Facts.valid(), done, allowing).isEmpty());
    }
}
