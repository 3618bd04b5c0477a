package org.anju.gateway.webhook;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One event's delivery to one subscription, with its latest attempts. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "WebhookDelivery", requiredProperties = { "id", "eventId", "eventType", "occurredAt", "status",
        "attemptCount", "createdAt", "attempts" })
public record DeliveryView(
        UUID id,
        @Schema(description = "The event id, sent as Anju-Webhook-Id and as the body's id") UUID eventId,
        @Schema(examples = "stop-work.issued") String eventType,
        OffsetDateTime occurredAt,
        @Schema(description = "PENDING (queued or being retried) or DELIVERED (a 2xx answer)",
                enumeration = { "PENDING", "DELIVERED" }) String status,
        @Schema(description = "Attempts so far, replays included") int attemptCount,
        @Schema(description = "When a pending delivery is tried next (after earlier ones of the subscription)")
        OffsetDateTime nextAttemptAt,
        OffsetDateTime lastAttemptAt,
        OffsetDateTime deliveredAt,
        @Schema(description = "HTTP status of the last attempt; absent when it got no answer") Integer lastStatusCode,
        @Schema(description = "Why the last attempt failed") String lastError,
        @Schema(description = "When the gateway received the event") OffsetDateTime createdAt,
        @Schema(description = "The latest attempts (at most 10), newest first") List<Attempt> attempts) {

    /** One HTTP attempt. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "WebhookAttempt", requiredProperties = { "at", "outcome", "durationMs" })
    public record Attempt(
            OffsetDateTime at,
            @Schema(description = "DELIVERED (2xx), FAILED (other answer, timeout or no connection: retried), GONE "
                    + "(410: the subscription was paused)", enumeration = { "DELIVERED", "FAILED", "GONE" })
            String outcome,
            @Schema(description = "HTTP status; absent when there was no answer") Integer statusCode,
            @Schema(description = "Start of the answer's body, or the connection error") String error,
            @Schema(description = "How long the attempt took, in milliseconds") long durationMs) {
    }

    /** The documented shape of a page of deliveries. */
    @Schema(name = "WebhookDeliveryPage", requiredProperties = "items")
    public record Page(List<DeliveryView> items,
            @Schema(description = "Opaque cursor of the next page; absent on the last page") String nextCursor) {
    }
}
