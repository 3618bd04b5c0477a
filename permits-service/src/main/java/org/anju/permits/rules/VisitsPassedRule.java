package org.anju.permits.rules;

import java.util.List;

import org.anju.permits.lifecycle.PermitState;
import org.anju.permits.visit.VisitType;

/** 到场: each mandatory visit must have passed before the stage it gates. */
public final class VisitsPassedRule {

    public static final String RULE = "visit-required";

    private VisitsPassedRule() {
    }

    /** @param pending the build's visits still pending that gate {@code target} */
    public static List<RuleViolation> check(List<VisitType> pending, PermitState target) {
        if (pending.isEmpty()) {
            return List.of();
        }
        return List.of(RuleViolation.of(RULE, "必须到场", "Mandatory site visit", "visits",
                "before " + target + " these visits must pass: " + pending,
                "进入" + target + "前须完成：" + String.join("、", pending.stream().map(VisitType::zh).toList()),
                RuleViolation.ordered("pending", pending.stream().map(Enum::name).toList(), "target", target.name())));
    }
}
