package org.anju.registry.event;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a delivered event: applied now, or already applied before (a repeat). */
@Schema(name = "EventReceipt", requiredProperties = { "eventId", "type", "applied" })
public record EventReceipt(UUID eventId, @Schema(examples = "crew.assigned") String type,
        @Schema(description = "false when this event id had already been applied", examples = "true") boolean applied) {
}
