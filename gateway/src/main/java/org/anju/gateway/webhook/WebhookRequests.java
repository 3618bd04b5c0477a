package org.anju.gateway.webhook;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a county admin sends to create or change a subscription, and to replay its deliveries. */
public final class WebhookRequests {

    private WebhookRequests() {
    }

    /** A new subscription; without a secret Anju generates one and returns it once. */
    @Schema(name = "CreateWebhook", requiredProperties = { "url", "eventTypes" })
    public record Create(
            @Schema(description = "Where Anju POSTs events: an http or https URL with a host",
                    examples = "https://hall.example.gov.cn/anju/events") String url,
            @Schema(description = "The signing secret, 32 to 256 characters; leave it out and Anju generates one, "
                    + "returned once in the answer") String secret,
            @Schema(description = "Event types to deliver: " + WebhookEventType.WIRE_NAMES,
                    examples = "[\"book.issued\", \"certificate.issued\"]") List<String> eventTypes,
            @Schema(description = "What the subscription is for (at most 300 characters)",
                    examples = "县行政审批中心 一书一证 status sync") String description) {

        @Override
        public String toString() {
            return "Create[url=" + url + ", eventTypes=" + eventTypes + ", secret=" + (secret == null ? "none" : "***")
                    + "]";
        }
    }

    /** The new state of a subscription (all of it); a secret, if present, replaces the current one. */
    @Schema(name = "UpdateWebhook", requiredProperties = { "url", "eventTypes" })
    public record Update(
            @Schema(examples = "https://hall.example.gov.cn/anju/events") String url,
            @Schema(description = "A new signing secret (32 to 256 characters); leave it out to keep the current one")
            String secret,
            @Schema(description = "Event types to deliver: " + WebhookEventType.WIRE_NAMES) List<String> eventTypes,
            String description) {

        @Override
        public String toString() {
            return "Update[url=" + url + ", eventTypes=" + eventTypes + ", secret=" + (secret == null ? "kept" : "***")
                    + "]";
        }
    }

    /** Which past deliveries to send again: those of events that happened in [from, to), or these ids. */
    @Schema(name = "ReplayWebhookDeliveries", description = "Either from (and optionally to) or deliveryIds.")
    public record Replay(
            @Schema(description = "Events that happened at or after this instant", examples = "2026-11-27T00:00:00+08:00")
            OffsetDateTime from,
            @Schema(description = "… and before this instant (default: now)") OffsetDateTime to,
            @Schema(description = "These deliveries of the subscription (at most 500)") List<UUID> deliveryIds) {
    }

    /** How many deliveries were queued again. */
    @Schema(name = "WebhookReplay", requiredProperties = "requeued")
    public record Replayed(@Schema(description = "Deliveries queued again, sent in their original order") int requeued) {
    }
}
