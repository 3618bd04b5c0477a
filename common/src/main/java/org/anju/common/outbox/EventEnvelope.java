package org.anju.common.outbox;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What one service sends another: an event with an id the receiver deduplicates on. */
@Schema(name = "EventEnvelope", description = "An event between Anju services; receivers apply each id once.")
public record EventEnvelope(
        @NotNull @Schema(required = true, description = "Event id; a repeated delivery carries the same id") UUID id,
        @NotBlank @Schema(required = true, description = "Event type", examples = "visit.passed") String type,
        @Schema(description = "The record the event is about, e.g. a permit id") String aggregateId,
        @NotNull @Schema(required = true, description = "When the fact happened") OffsetDateTime occurredAt,
        @NotNull @Schema(required = true, description = "Event-specific content") JsonNode payload) {
}
