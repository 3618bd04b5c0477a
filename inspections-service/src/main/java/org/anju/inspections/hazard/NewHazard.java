package org.anju.inspections.hazard;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A hazard found on a visit; a rectification notice is issued with it. */
@Schema(name = "NewHazard", requiredProperties = { "type", "grade", "description", "responsiblePerson" })
public record NewHazard(
        @Schema(description = "Client-generated id (offline phones); a repeat with a known id creates nothing") UUID id,
        @NotNull HazardType type,
        @NotNull HazardGrade grade,
        @NotBlank @Size(max = 2000) @Schema(examples = "二层临边未设防护栏杆") String description,
        @NotBlank @Size(max = 200) @Schema(examples = "李建国（施工队负责人）") String responsiblePerson,
        @Schema(description = "Rectification deadline; default by grade (15/7/3 days); not in the past",
                examples = "2026-12-05") LocalDate deadline) {
}
