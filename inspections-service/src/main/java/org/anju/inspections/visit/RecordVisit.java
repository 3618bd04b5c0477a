package org.anju.inspections.visit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Schedules a visit (no check-in) or records one (with check-in, answers and outcome). With the id of a scheduled
 * visit, records that visit; with an id already recorded, creates nothing.
 */
@Schema(name = "RecordVisit", requiredProperties = { "type" })
public record RecordVisit(
        @Schema(description = "Client-generated UUID (phones working offline)") UUID id,
        @Schema(description = "The permit visited; absent for a patrol or complaint at an unpermitted build") UUID permitId,
        @NotNull VisitType type,
        @Pattern(regexp = "[0-9]{12}", message = "must be 12 digits")
        @Schema(description = "Township, required when there is no permit", examples = "369901100000") String townshipCode,
        @Schema(description = "Planned date (Asia/Shanghai), required to schedule", examples = "2026-11-28") LocalDate scheduledDate,
        @Valid CheckIn checkIn,
        @Schema(description = "Answers by checklist item code: true/false, a number or a text",
                examples = "{\"TRENCH_DEPTH_CM\": 120, \"DEPTH_WIDTH_AS_DESIGNED\": true}") Map<String, Object> answers,
        @Schema(description = "The inspector's conclusion; replaced by NOT_ON_SITE when the check-in is off site") VisitOutcome outcome,
        @Valid Acknowledgement acknowledgement,
        @Size(max = 200) @Schema(description = "Responsible person for hazards found by the checklist",
                examples = "李建国（施工队负责人）") String responsiblePerson,
        @Size(max = 4000) String notes) {

    /** Where and when the inspector checked in, as the phone reported it (WGS-84). */
    @Schema(name = "CheckIn", requiredProperties = { "clientTime", "lat", "lng" })
    public record CheckIn(
            @NotNull @Schema(description = "The phone's clock at check-in", examples = "2026-11-28T09:30:00+08:00") OffsetDateTime clientTime,
            @NotNull @DecimalMin(value = "-90", message = "must be between -90 and 90") @DecimalMax(value = "90", message = "must be between -90 and 90") @Schema(examples = "28.452") Double lat,
            @NotNull @DecimalMin(value = "-180", message = "must be between -180 and 180") @DecimalMax(value = "180", message = "must be between -180 and 180") @Schema(examples = "117.963") Double lng,
            @PositiveOrZero @Schema(description = "Reported accuracy radius in metres", examples = "8") Double accuracyMetres) {
    }

    /** The owner's or crew leader's acknowledgement of the visit. */
    @Schema(name = "Acknowledgement", requiredProperties = { "name", "role" })
    public record Acknowledgement(@NotBlank @Size(max = 200) @Schema(examples = "王大明") String name,
            @NotNull AckRole role, OffsetDateTime at) {
    }

    /** Who acknowledged. */
    public enum AckRole {
        OWNER, CREW_LEADER
    }
}
