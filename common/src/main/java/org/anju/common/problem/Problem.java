package org.anju.common.problem;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** An RFC 9457 problem details body, with the Chinese and English titles Anju's users read. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details. 错误说明（RFC 9457）。 Besides the members below, a "
        + "problem may carry extension members (RFC 9457 section 3.2) at the top level; each is documented here.",
        requiredProperties = { "type", "title", "status", "titleZh", "titleEn" },
        properties = {
            @SchemaProperty(name = "detailZh", type = SchemaType.STRING, description = "What went wrong in this "
                    + "request, in Chinese (detail is in English)", examples = "角色 township_officer 无权执行此操作"),
            @SchemaProperty(name = "violations", type = SchemaType.ARRAY, description = "Every business rule the "
                    + "request broke (422), each with its rule slug, names in Chinese and English, field and values",
                    implementation = Object.class),
            @SchemaProperty(name = "step", type = SchemaType.STRING, description = "The lifecycle action whose rules "
                    + "were broken", examples = "issue-certificate"),
            @SchemaProperty(name = "currentState", type = SchemaType.STRING, description = "The record's state when "
                    + "the request was refused (409)", examples = "SUSPENDED"),
            @SchemaProperty(name = "allowedActions", type = SchemaType.ARRAY, description = "What may be done from "
                    + "the current state (409)", implementation = String.class),
            @SchemaProperty(name = "allowedNext", type = SchemaType.ARRAY, description = "The states a case may move "
                    + "to next (409)", implementation = String.class),
            @SchemaProperty(name = "allowedRoles", type = SchemaType.ARRAY, description = "The roles that may take "
                    + "the action (403), in their wire names", implementation = String.class),
            @SchemaProperty(name = "noticeId", type = SchemaType.STRING, description = "The stop-work notice in force "
                    + "that holds the build (409 stop-work-in-force)"),
            @SchemaProperty(name = "currentVersion", type = SchemaType.INTEGER, description = "The record's version "
                    + "now (412 stale If-Match, 428)"),
            @SchemaProperty(name = "service", type = SchemaType.STRING, description = "The service that did not "
                    + "answer (503)", examples = "inspections"),
            @SchemaProperty(name = "retryAfterSeconds", type = SchemaType.INTEGER, description = "When to try again "
                    + "(429), also in Retry-After"),
            @SchemaProperty(name = "submittedOn", type = SchemaType.STRING, format = "date", description = "The "
                    + "submission day a public notice may not start before (422 notice-start-window)"),
            @SchemaProperty(name = "today", type = SchemaType.STRING, format = "date", description = "Today in the "
                    + "county's zone, the other end of a window (422 notice-start-window)") })
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
