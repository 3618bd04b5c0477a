package org.anju.permits.rules;

import java.util.ArrayList;
import java.util.List;

import org.anju.permits.gis.CountyLayers;
import org.anju.permits.permit.Track;

/** Every rule checked when an application is submitted, all at once, so the farmer hears every problem in one answer. */
public final class SubmissionRules {

    private SubmissionRules() {
    }

    public static List<RuleViolation> check(ApplicationFacts facts, Track track, CountyRuleSet rules,
            CountyLayers layers, List<String> otherActiveBuilds) {
        List<RuleViolation> out = new ArrayList<>();
        out.addAll(OneActiveBuildRule.check(otherActiveBuilds));
        out.addAll(HomesteadReferenceRule.check(facts));
        out.addAll(DesignRule.check(facts));
        out.addAll(ExistingHouseRule.check(facts));
        out.addAll(AboveLimitRule.check(facts, track));
        out.addAll(siting(facts, rules, layers));
        return out;
    }

    /** The GIS rules alone (checked again when the book is issued, against the layers of that day). */
    public static List<RuleViolation> siting(ApplicationFacts facts, CountyRuleSet rules, CountyLayers layers) {
        List<RuleViolation> out = new ArrayList<>();
        out.addAll(PlanningAreaRule.check(facts, layers));
        out.addAll(HazardZoneRule.check(facts, layers));
        out.addAll(RoadSetbackRule.check(facts, layers, rules));
        return out;
    }
}
