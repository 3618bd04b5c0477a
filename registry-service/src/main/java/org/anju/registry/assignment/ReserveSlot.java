package org.anju.registry.assignment;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A request for one of the crew's job slots, for a build planned to start on a day. */
@Schema(name = "ReserveSlot", requiredProperties = { "startsOn" })
public record ReserveSlot(
        @NotNull @Schema(description = "Planned start of the build: the crew must be eligible on that day",
                examples = "2026-12-15") LocalDate startsOn) {
}
