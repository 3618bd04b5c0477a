package org.anju.inspections.hazard;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The outcome of a re-check (复查) on a rectification notice. */
@Schema(name = "Recheck", requiredProperties = { "visitId", "decision" })
public record Recheck(
        @NotNull @Schema(description = "The RECHECK visit, recorded on site") UUID visitId,
        @NotNull Decision decision,
        @Schema(description = "New deadline, required to EXTEND", examples = "2026-12-20") LocalDate newDeadline) {

    /** Close the hazard out (销号) or give more time. */
    public enum Decision {
        CLOSE_OUT, EXTEND
    }
}
