package org.anju.permits.rules;

import java.util.List;

/** 先报后批: the application must reference the approved homestead plot (农村宅基地批准书 number). */
public final class HomesteadReferenceRule {

    public static final String RULE = "homestead-reference";

    private HomesteadReferenceRule() {
    }

    public static List<RuleViolation> check(ApplicationFacts facts) {
        String ref = facts.homesteadApprovalRef();
        if (ref != null && !ref.isBlank()) {
            return List.of();
        }
        return List.of(RuleViolation.of(RULE, "宅基地批准书", "Homestead approval reference", "homesteadApprovalRef",
                "the application must reference an approved homestead (宅基地批准书 number)",
                "申请须载明宅基地批准书编号", RuleViolation.ordered("homesteadApprovalRef", facts.homesteadApprovalRef())));
    }
}
