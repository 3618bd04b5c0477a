package org.anju.inspections.checklist;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.anju.common.problem.FieldViolation;
import org.anju.inspections.hazard.HazardGrade;

/** Checks a visit's answers against its checklist and turns each "no" on a hazard item into a finding. */
public final class ChecklistRules {

    private ChecklistRules() {
    }

    /** A hazard that follows from an answer. */
    public record Finding(String itemCode, String hazardType, HazardGrade grade, String descriptionZh,
            String descriptionEn) {
    }

    /** Violations: required items without an answer, answers of the wrong kind, answers to unknown items. */
    public static List<FieldViolation> validate(Map<String, Object> answers, List<ChecklistItem> items) {
        Map<String, Object> given = answers == null ? Map.of() : answers;
        List<FieldViolation> violations = new ArrayList<>();
        Set<String> known = new HashSet<>();
        for (ChecklistItem item : items) {
            known.add(item.code);
            Object value = given.get(item.code);
            String field = "answers." + item.code;
            if (value == null) {
                if (item.required) {
                    violations.add(new FieldViolation(field, "answer-required",
                            "Required checklist item '" + item.textEn + "' has no answer",
                            "必答检查项“" + item.textZh + "”未作答"));
                }
                continue;
            }
            boolean ok = switch (item.answerKind) {
                case YES_NO -> value instanceof Boolean;
                case NUMBER -> value instanceof Number;
                case TEXT -> value instanceof String;
            };
            if (!ok) {
                violations.add(new FieldViolation(field, "answer-kind",
                        "Item " + item.code + " needs a " + item.answerKind + " answer",
                        "检查项 " + item.code + " 的答案类型应为 " + item.answerKind, value));
            }
        }
        for (String code : given.keySet()) {
            if (!known.contains(code)) {
                violations.add(new FieldViolation("answers." + code, "unknown-item",
                        "The checklist has no item " + code, "检查表中没有检查项 " + code));
            }
        }
        return violations;
    }

    /** One finding per YES_NO item answered "no" that the template marks as a hazard. */
    public static List<Finding> findings(Map<String, Object> answers, List<ChecklistItem> items) {
        List<Finding> findings = new ArrayList<>();
        if (answers == null) {
            return findings;
        }
        for (ChecklistItem item : items) {
            if (item.answerKind == ChecklistItem.AnswerKind.YES_NO && item.hazardGrade != null
                    && Boolean.FALSE.equals(answers.get(item.code))) {
                findings.add(new Finding(item.code, item.hazardType, item.hazardGrade, "未满足：" + item.textZh,
                        "Not met: " + item.textEn));
            }
        }
        return findings;
    }
}
