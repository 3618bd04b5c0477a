package org.anju.permits.rules;

import java.util.List;

import org.anju.permits.permit.BuildKind;

/**
 * 一户一宅 after the build: a household whose new house is completed files no second new build (rebuilding, extending
 * or repairing that house is allowed); a county may allow it ({@link CountyRuleSet#newBuildAfterCompletedHouse()}).
 */
public final class CompletedHouseRule {

    public static final String RULE = "house-completed";

    private CompletedHouseRule() {
    }

    /** @param completedNewHouses application numbers of the household's completed new houses */
    public static List<RuleViolation> check(ApplicationFacts facts, List<String> completedNewHouses,
            CountyRuleSet rules) {
        if (facts.kind() != BuildKind.NEW_BUILD || completedNewHouses.isEmpty() || rules.newBuildAfterCompletedHouse()) {
            return List.of();
        }
        return List.of(RuleViolation.of(RULE, "一户一宅（已建成住宅）", "One household, one house", "kind",
                "the household already has a completed house (" + String.join(", ", completedNewHouses)
                        + "); it may rebuild or extend it, not build a second one",
                "该户已有建成的住宅（" + String.join("、", completedNewHouses) + "），可原址翻建或改扩建，不得另行新建",
                RuleViolation.ordered("completedHouses", completedNewHouses, "kind", facts.kind())));
    }
}
