package org.anju.permits.rules;

import java.util.List;

/** 一户一宅: a household may hold only one active build. */
public final class OneActiveBuildRule {

    public static final String RULE = "one-household-one-build";

    private OneActiveBuildRule() {
    }

    /** @param otherActive application numbers of the household's other active builds */
    public static List<RuleViolation> check(List<String> otherActive) {
        if (otherActive.isEmpty()) {
            return List.of();
        }
        return List.of(RuleViolation.of(RULE, "一户一宅", "One household, one homestead", "householdId",
                "the household already has an active build: " + String.join(", ", otherActive),
                "该户已有在办或在建的农房：" + String.join("、", otherActive),
                RuleViolation.ordered("activeBuilds", otherActive, "allowed", 0)));
    }
}
