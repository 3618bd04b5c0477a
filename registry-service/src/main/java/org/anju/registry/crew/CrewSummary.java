package org.anju.registry.crew;

import java.time.LocalDate;
import java.util.UUID;

import org.anju.registry.qualification.QualificationState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A crew in a list: status and credit, no personal identifiers (what a farmer sees choosing a crew). */
@Schema(name = "CrewSummary", requiredProperties = { "id", "registrationNumber", "name", "kind", "townshipCode",
        "status", "creditScore", "maxConcurrentJobs" })
public record CrewSummary(
        UUID id,
        @Schema(examples = "369901-2026-0001") String registrationNumber,
        @Schema(examples = "青石镇张建国施工队") String name,
        CrewKind kind,
        @Schema(examples = "369901101000") String townshipCode,
        @Schema(examples = "青石镇") String townshipName,
        QualificationState status,
        @Schema(examples = "2028-01-04") LocalDate qualifiedUntil,
        @Schema(examples = "98") int creditScore,
        @Schema(examples = "3") int maxConcurrentJobs,
        @Schema(description = "Last day of the qualification (same as qualifiedUntil); absent when never qualified",
                examples = "2028-01-04") LocalDate qualificationExpiresOn) {
}
