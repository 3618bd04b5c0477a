package org.anju.permits.rules;

import java.util.List;

import org.anju.common.problem.ProblemException;

/** Turns the violations of all rules checked at one step into ONE 422 problem listing every one of them. */
public final class RuleViolations {

    public static final String SLUG = "rules-violated";

    private RuleViolations() {
    }

    /** Throws a 422 problem when the list is not empty. */
    public static void throwIfAny(List<RuleViolation> violations, String step) {
        if (!violations.isEmpty()) {
            throw problem(violations, step);
        }
    }

    /** The 422 problem of one broken rule: its field and the value it looked at. */
    public static ProblemException single(String rule, String nameZh, String nameEn, String field, String message,
            String messageZh, Object value, String step) {
        return problem(List.of(RuleViolation.of(rule, nameZh, nameEn, field, message, messageZh,
                RuleViolation.ordered(field, value))), step);
    }

    private static ProblemException problem(List<RuleViolation> violations, String step) {
        String detail = violations.size() == 1
                ? violations.get(0).nameEn() + ": " + violations.get(0).message()
                : violations.size() + " rules are violated at step " + step + ": "
                        + String.join(", ", violations.stream().map(RuleViolation::rule).toList());
        return ProblemException.ruleViolated(SLUG, "申请不符合规定", "Application breaks the rules", detail,
                violations.stream().map(RuleViolation::toFieldViolation).toList())
                .with("step", step)
                .with("violations", violations);
    }
}
