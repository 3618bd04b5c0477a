package org.anju.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One field that broke one rule, explained in Chinese and English. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "FieldViolation", requiredProperties = { "field", "rule", "message", "messageZh" })
public record FieldViolation(
        @Schema(description = "Path of the field in the request, e.g. `leader.residentId` or query `on`", examples = "residentId") String field,
        @Schema(description = "Name of the rule that was broken", examples = "resident-id-check-digit") String rule,
        @Schema(description = "Explanation in English") String message,
        @Schema(description = "Explanation in Simplified Chinese") String messageZh,
        @Schema(description = "The rejected value, when it is safe to echo") Object rejectedValue) {

    public FieldViolation(String field, String rule, String message, String messageZh) {
        this(field, rule, message, messageZh, null);
    }
}
