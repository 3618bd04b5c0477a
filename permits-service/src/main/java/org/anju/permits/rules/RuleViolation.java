package org.anju.permits.rules;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.anju.common.problem.FieldViolation;
import org.anju.common.problem.ProblemTypes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One broken business rule: its stable type, its name in Chinese and English, the field and the values compared. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "RuleViolation", requiredProperties = { "type", "rule", "nameZh", "nameEn", "field", "message", "messageZh" })
public record RuleViolation(
        @Schema(description = "Stable URI of the rule", examples = "urn:anju:problem:road-setback") String type,
        @Schema(description = "Rule slug", examples = "road-setback") String rule,
        @Schema(description = "Rule name in Chinese", examples = "公路建筑控制区退让") String nameZh,
        @Schema(description = "Rule name in English", examples = "Road building-control setback") String nameEn,
        @Schema(description = "The field the rule looked at", examples = "site") String field,
        @Schema(description = "What is wrong, in English") String message,
        @Schema(description = "What is wrong, in Chinese") String messageZh,
        @Schema(description = "The values the rule compared, e.g. distanceM and requiredM") Map<String, Object> values) {

    public static RuleViolation of(String rule, String nameZh, String nameEn, String field, String message,
            String messageZh, Map<String, Object> values) {
        return new RuleViolation(ProblemTypes.uri(rule), rule, nameZh, nameEn, field, message, messageZh, values);
    }

    /** The compared values in the order given, as name, value, name, value ... (nulls allowed). */
    public static Map<String, Object> ordered(Object... nameValues) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 1 < nameValues.length; i += 2) {
            out.put((String) nameValues[i], nameValues[i + 1]);
        }
        return out;
    }

    /** The same violation in the shared {@code errors} shape (field, rule, messages, compared values). */
    public FieldViolation toFieldViolation() {
        return new FieldViolation(field, rule, nameEn + ": " + message, nameZh + "：" + messageZh, values);
    }
}
