package org.anju.registry.assignment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A crew's job slot held or confirmed for one build, with the crew's count of live slots after it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Reservation", requiredProperties = { "crewId", "permitId", "status", "reservedAt", "activeJobs",
        "maxConcurrentJobs" })
public record ReservationView(UUID crewId, UUID permitId,
        @Schema(description = "HELD until the permit's crew.assigned event confirms it; CONFIRMED after",
                examples = "HELD") CrewAssignment.Status status,
        @Schema(examples = "2026-12-15") LocalDate startsOn,
        @Schema(description = "A HELD slot lapses then unless confirmed") OffsetDateTime heldUntil,
        OffsetDateTime reservedAt,
        @Schema(description = "The crew's live slots, this one included", examples = "2") long activeJobs,
        @Schema(examples = "3") int maxConcurrentJobs) {

    static ReservationView of(CrewAssignment a, long activeJobs, int maxConcurrentJobs) {
        return new ReservationView(a.crewId, a.permitId, a.status, a.startsOn,
                a.status == CrewAssignment.Status.HELD ? a.heldUntil : null, a.assignedAt, activeJobs,
                maxConcurrentJobs);
    }
}
