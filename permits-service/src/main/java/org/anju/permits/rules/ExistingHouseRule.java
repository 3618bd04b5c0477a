package org.anju.permits.rules;

import java.util.List;

import org.anju.permits.permit.BuildKind;

/**
 * A rebuild or extension names the existing house's safety grade, and extending or adding storeys to a C- or
 * D-graded (dangerous) house is refused.
 */
public final class ExistingHouseRule {

    public static final String GRADE_REQUIRED = "existing-grade-required";
    public static final String DANGEROUS_EXTENSION = "dangerous-house-extension";

    private ExistingHouseRule() {
    }

    public static List<RuleViolation> check(ApplicationFacts facts) {
        if (!facts.kind().needsExistingGrade()) {
            return List.of();
        }
        if (facts.existingGrade() == null) {
            return List.of(RuleViolation.of(GRADE_REQUIRED, "既有房屋安全鉴定", "Existing-house safety grade",
                    "existingGrade", "a " + facts.kind() + " needs the existing house's safety grade (A-D)",
                    "翻建或扩建须提供既有房屋安全鉴定等级（A-D）", RuleViolation.ordered("kind", facts.kind().name())));
        }
        if (facts.kind() == BuildKind.EXTENSION && facts.existingGrade().dangerous()) {
            return List.of(RuleViolation.of(DANGEROUS_EXTENSION, "危房不得扩建加层",
                    "No extension of a dangerous house", "existingGrade",
                    "extending or adding storeys to a house graded " + facts.existingGrade() + " is not allowed",
                    "鉴定为" + facts.existingGrade() + "级的房屋不得扩建或加层",
                    RuleViolation.ordered("kind", facts.kind().name(), "existingGrade", facts.existingGrade().name(),
                            "refusedGrades", "C,D")));
        }
        return List.of();
    }
}
