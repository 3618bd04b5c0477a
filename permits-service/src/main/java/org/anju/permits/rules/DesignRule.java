package org.anju.permits.rules;

import java.util.List;

/** The build needs a design: a county standard drawing set (通用图), or a designer with a qualification number. */
public final class DesignRule {

    public static final String RULE = "design-present";

    private DesignRule() {
    }

    public static List<RuleViolation> check(ApplicationFacts facts) {
        boolean standard = present(facts.standardDrawingSetId());
        boolean designer = present(facts.designerName()) && present(facts.designerQualificationNo());
        if (standard || designer) {
            return List.of();
        }
        return List.of(RuleViolation.of(RULE, "设计图纸", "Design present", "design",
                "give a standard drawing set id, or a designer's name and qualification number",
                "须选用通用图，或载明设计人姓名及资格证书编号",
                RuleViolation.ordered("standardDrawingSetId", facts.standardDrawingSetId(),
                        "designerName", facts.designerName(),
                        "designerQualificationNo", facts.designerQualificationNo())));
    }

    static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
