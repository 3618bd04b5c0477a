package org.anju.inspections.export;

import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One recorded site visit as a row of the BLDS inspections dataset (permitdata.org, "Inspections Dataset
 * Requirements"), linked to the BLDS permits export of permits-service by PermitNum. No inspector's notes (free text
 * may name people) and no personal identifiers.
 */
@JsonPropertyOrder({ "PermitNum", "InspType", "InspTypeMapped", "Result", "ResultMapped", "ScheduledDate",
        "InspectedDate", "InspectedTime", "Description", "Final", "ReInspection", "ExtraFields" })
@Schema(name = "BldsInspection", description = "A site visit in the BLDS inspections shape (permitdata.org)")
public record BldsInspection(
        @JsonProperty("PermitNum") @Schema(description = "The build's application number, PermitNum of the permits "
                + "export", examples = "A369901-2026-000123", required = true) String permitNum,
        @JsonProperty("InspType") @Schema(description = "Our visit type", examples = "FOUNDATION_TRENCH",
                required = true) String inspType,
        @JsonProperty("InspTypeMapped") @Schema(description = "Nearest common inspection type", required = true,
                enumeration = { "Pre-Construction", "Site", "Foundation", "Structural", "Framing", "Final", "Routine",
                        "Complaint", "Reinspection" }) String inspTypeMapped,
        @JsonProperty("Result") @Schema(description = "Our outcome, NOT_ON_SITE when the check-in was too far from the "
                + "site to count", examples = "PASSED", required = true) String result,
        @JsonProperty("ResultMapped") @Schema(description = "BLDS result", required = true,
                enumeration = { "Passed", "Partial", "Rejected", "Cancelled" }) String resultMapped,
        @JsonProperty("ScheduledDate") @Schema(description = "Day the visit was scheduled, if it was") LocalDate scheduledDate,
        @JsonProperty("InspectedDate") @Schema(description = "Day of the check-in on the server, Asia/Shanghai")
        LocalDate inspectedDate,
        @JsonProperty("InspectedTime") @Schema(description = "Time of the check-in, HH:mm, Asia/Shanghai",
                examples = "09:42") String inspectedTime,
        @JsonProperty("Description") @Schema(description = "The visit and its findings, Chinese / English")
        String description,
        @JsonProperty("Final") @Schema(description = "Yes for the completion acceptance visit",
                enumeration = { "Yes", "No" }) String finalInspection,
        @JsonProperty("ReInspection") @Schema(description = "Yes when the visit must be made again (failed, or not on "
                + "site)", enumeration = { "Yes", "No" }) String reInspection,
        @JsonProperty("ExtraFields") @Schema(description = "Our fields BLDS has no place for: visitId, permitId, "
                + "townshipCode, villageCode, mandatory, onSite, distanceMetres, hazards, majorHazards")
        Map<String, Object> extraFields) {
}
