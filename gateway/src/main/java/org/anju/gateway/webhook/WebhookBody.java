package org.anju.gateway.webhook;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a subscriber receives: the JSON body of every webhook request, the same on every attempt and replay. */
@Schema(name = "WebhookBody", requiredProperties = { "id", "type", "occurredAt", "county", "data" },
        description = "The body Anju POSTs to a subscriber. Verify Anju-Webhook-Signature over the raw bytes before "
                + "parsing; deduplicate on id.")
public record WebhookBody(
        @Schema(description = "Event id: the same on every retry and replay; deduplicate on it") UUID id,
        @Schema(description = "Event type", examples = "certificate.issued") String type,
        @Schema(description = "When it happened (Asia/Shanghai offset)", examples = "2026-11-28T10:15:30+08:00")
        OffsetDateTime occurredAt,
        @Schema(description = "6-digit county code", examples = "369901") String county,
        @Schema(description = "The facts, by type: permitId, applicationNumber, documentNumber (book and certificate), "
                + "county, township, village, state, track, occurredAt; for stop-work: noticeId, permitId, county, "
                + "township, village, status, reasonCode, reason, occurredAt. No personal identifiers.")
        JsonNode data) {
}
