package org.anju.permits.rules;

import java.util.ArrayList;
import java.util.List;

import org.anju.permits.gis.CountyLayers;
import org.anju.permits.permit.Track;

/** Every rule checked when an application is submitted, all at once, so the farmer hears every problem in one answer. */
public final class SubmissionRules {

    private SubmissionRules() {
    }

    /**
     * What the county already holds for this household and this plot (一户一宅).
     *
     * @param otherActiveBuilds application numbers of the household's other active builds
     * @param plotHolders the county's other active builds naming the same plot or homestead approval
     * @param completedNewHouses application numbers of the household's completed new houses
     */
    public record Holdings(List<String> otherActiveBuilds, List<PlotHeldRule.Holder> plotHolders,
            List<String> completedNewHouses) {

        public static Holdings none() {
            return new Holdings(List.of(), List.of(), List.of());
        }
    }

    public static List<RuleViolation> check(ApplicationFacts facts, String plotId, Track track, CountyRuleSet rules,
            CountyLayers layers, Holdings holdings) {
        List<RuleViolation> out = new ArrayList<>();
        out.addAll(OneActiveBuildRule.check(holdings.otherActiveBuilds()));
        out.addAll(PlotHeldRule.check(facts, plotId, holdings.plotHolders()));
        out.addAll(CompletedHouseRule.check(facts, holdings.completedNewHouses(), rules));
        out.addAll(HomesteadReferenceRule.check(facts));
        out.addAll(DesignRule.check(facts));
        out.addAll(ExistingHouseRule.check(facts));
        out.addAll(AboveLimitRule.check(facts, track));
        out.addAll(siting(facts, rules, layers));
        return out;
    }

    /**
     * The GIS rules alone (checked again when the book is issued, against the layers of that day), with a missing
     * layer refused unless the county only warns about it.
     */
    public static List<RuleViolation> siting(ApplicationFacts facts, CountyRuleSet rules, CountyLayers layers) {
        List<RuleViolation> out = new ArrayList<>();
        if (rules.missingLayers() == CountyRuleSet.MissingLayers.REFUSE) {
            out.addAll(LayersLoadedRule.check(layers));
        }
        out.addAll(PlanningAreaRule.check(facts, layers));
        out.addAll(HazardZoneRule.check(facts, layers));
        out.addAll(RoadSetbackRule.check(facts, layers, rules));
        return out;
    }

    /** What is accepted but said: a missing layer, when the county only warns about it. */
    public static List<RuleViolation> sitingWarnings(CountyRuleSet rules, CountyLayers layers) {
        return rules.missingLayers() == CountyRuleSet.MissingLayers.WARN ? LayersLoadedRule.check(layers) : List.of();
    }
}
