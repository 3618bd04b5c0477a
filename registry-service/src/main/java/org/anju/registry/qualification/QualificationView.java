package org.anju.registry.qualification;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A crew's qualification today, what may be decided next, and the history of decisions. */
@Schema(name = "Qualification", requiredProperties = { "crewId", "status", "allowedActions", "history" })
public record QualificationView(UUID crewId, QualificationState status,
        @Schema(examples = "2026-11-28") LocalDate qualifiedFrom,
        @Schema(examples = "2028-11-27") LocalDate qualifiedUntil, List<QualificationAction> allowedActions,
        @Schema(description = "Decisions, oldest first (append-only)") List<DecisionView> history) {
}
