package org.anju.common.problem;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem details body, with the Chinese and English titles Anju's users read. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details. 错误说明（RFC 9457）。",
        requiredProperties = { "type", "title", "status", "titleZh", "titleEn" })
public record Problem(
        @Schema(description = "Stable URI naming the rule or error kind", examples = "urn:anju:problem:validation") String type,
        @Schema(description = "Chinese title, then English title", examples = "请求参数无效 / Invalid request") String title,
        @Schema(description = "HTTP status code", examples = "400") int status,
        @Schema(description = "What went wrong in this request") String detail,
        @Schema(description = "The request path") String instance,
        @Schema(description = "Title in Simplified Chinese") String titleZh,
        @Schema(description = "Title in English") String titleEn,
        @Schema(description = "The offending fields, each with the rule it broke") List<FieldViolation> errors,
        @Schema(description = "Correlation id of an unexpected failure, to quote to the operators") String correlationId,
        @JsonIgnore @Schema(hidden = true) Map<String, Object> extensions) {

    /** Extension members (RFC 9457 section 3.2) are written at the top level of the body. */
    @JsonAnyGetter
    public Map<String, Object> extensionMembers() {
        return extensions == null ? Map.of() : extensions;
    }
}
