package org.anju.inspections.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.anju.common.problem.FieldViolation;
import org.anju.inspections.hazard.HazardGrade;
import org.junit.jupiter.api.Test;

/** Checklist answers: required items, answer kinds, unknown items, and "no" answers becoming hazards. */
class ChecklistRulesTest {

    private static ChecklistItem item(String code, ChecklistItem.AnswerKind kind, boolean required, HazardGrade grade) {
        ChecklistItem i = new ChecklistItem();
        i.id = UUID.randomUUID();
        i.code = code;
        i.textZh = code + "中文";
        i.textEn = code + " text";
        i.answerKind = kind;
        i.required = required;
        i.hazardGrade = grade;
        i.hazardType = grade == null ? null : "FOUNDATION";
        return i;
    }

    private final List<ChecklistItem> items = List.of(
            item("DEPTH_CM", ChecklistItem.AnswerKind.NUMBER, true, null),
            item("SOIL_SOUND", ChecklistItem.AnswerKind.YES_NO, true, HazardGrade.CRITICAL),
            item("SIDES_SAFE", ChecklistItem.AnswerKind.YES_NO, true, HazardGrade.MAJOR),
            item("NOTES", ChecklistItem.AnswerKind.TEXT, false, null));

    @Test
    void eachMissingRequiredAnswerIsNamed() {
        List<FieldViolation> v = ChecklistRules.validate(Map.of("DEPTH_CM", 120), items);
        assertEquals(List.of("answers.SOIL_SOUND", "answers.SIDES_SAFE"), v.stream().map(FieldViolation::field).toList());
        assertEquals("answer-required", v.get(0).rule());
    }

    @Test
    void wrongKindsAndUnknownItemsAreRefused() {
        List<FieldViolation> v = ChecklistRules.validate(Map.of("DEPTH_CM", "deep", "SOIL_SOUND", true,
                "SIDES_SAFE", true, "COLOUR", "red"), items);
        assertEquals(List.of("answer-kind", "unknown-item"), v.stream().map(FieldViolation::rule).toList());
    }

    @Test
    void completeAnswersPass() {
        assertTrue(ChecklistRules.validate(Map.of("DEPTH_CM", 120, "SOIL_SOUND", true, "SIDES_SAFE", true), items)
                .isEmpty());
    }

    @Test
    void aNoOnAHazardItemBecomesAFindingOfItsGrade() {
        List<ChecklistRules.Finding> f = ChecklistRules.findings(Map.of("DEPTH_CM", 120, "SOIL_SOUND", false,
                "SIDES_SAFE", true), items);
        assertEquals(1, f.size());
        assertEquals("SOIL_SOUND", f.get(0).itemCode());
        assertEquals(HazardGrade.CRITICAL, f.get(0).grade());
    }
}
