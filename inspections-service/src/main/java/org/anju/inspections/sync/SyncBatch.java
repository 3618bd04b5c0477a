package org.anju.inspections.sync;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.anju.inspections.cases.OpenCase;
import org.anju.inspections.hazard.HazardGrade;
import org.anju.inspections.hazard.HazardType;
import org.anju.inspections.visit.RecordVisit;

/**
 * What a phone created offline, each item with its own UUID. Items are checked one by one (not as a whole), so one
 * bad item is refused with its own problem while the good ones are kept.
 */
@Schema(name = "SyncBatch", requiredProperties = "sentAt")
public record SyncBatch(
        @NotNull @Schema(description = "The phone's clock when it sent the batch (for the clock-skew flag)",
                examples = "2026-11-28T18:02:00+08:00") OffsetDateTime sentAt,
        @Size(max = 200) List<RecordVisit> visits,
        @Size(max = 200) List<SyncHazard> hazards,
        @Size(max = 50) List<OpenCase> cases) {

    /** A hazard found offline on a visit of the same or an earlier batch. */
    @Schema(name = "SyncHazard", requiredProperties = { "id", "visitId", "type", "grade", "description",
            "responsiblePerson" })
    public record SyncHazard(UUID id, UUID visitId, HazardType type, HazardGrade grade,
            @Schema(examples = "二层临边未设防护栏杆") String description, String responsiblePerson, LocalDate deadline) {
    }
}
