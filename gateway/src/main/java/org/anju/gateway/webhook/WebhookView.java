package org.anju.gateway.webhook;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A subscription as its county admin sees it; never its secret, except a generated one in the answer to creation. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Webhook", requiredProperties = { "id", "url", "eventTypes", "status", "county", "createdBy",
        "createdAt", "updatedAt", "version" })
public record WebhookView(
        UUID id,
        @Schema(examples = "https://hall.example.gov.cn/anju/events") String url,
        @Schema(description = "Subscribed event types: " + WebhookEventType.WIRE_NAMES,
                examples = "[\"book.issued\", \"certificate.issued\"]") List<String> eventTypes,
        @Schema(examples = "县行政审批中心 一书一证 status sync") String description,
        @Schema(description = "ACTIVE (delivered to) or PAUSED (deliveries wait until resumed)",
                enumeration = { "ACTIVE", "PAUSED" }) String status,
        @Schema(description = "Why it is paused, e.g. the subscriber answered 410 Gone") String pausedReason,
        @Schema(description = "6-digit county code: only this county's events are delivered", examples = "369901")
        String county,
        String createdBy,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(description = "Version, also sent as ETag; send it back in If-Match") long version,
        @Schema(description = "The signing secret Anju generated because the request had none: in the answer to "
                + "the creation only, never again (a replayed answer omits it; set a new one with PUT)")
        String secret) {

    static WebhookView of(WebhookSubscription s) {
        return of(s, null);
    }

    static WebhookView of(WebhookSubscription s, String generatedSecret) {
        return new WebhookView(s.id(), s.url(), s.eventTypes(), s.description(), s.status().name(), s.pausedReason(),
                s.countyCode(), s.createdBy(), Times.county(s.createdAt()), Times.county(s.updatedAt()), s.version(),
                generatedSecret);
    }

    /** The same view carrying (or, with null, without) a generated secret. */
    WebhookView withSecret(String generatedSecret) {
        return new WebhookView(id, url, eventTypes, description, status, pausedReason, county, createdBy, createdAt,
                updatedAt, version, generatedSecret);
    }

    /** The documented shape of a page of subscriptions. */
    @Schema(name = "WebhookPage", requiredProperties = "items")
    public record Page(List<WebhookView> items,
            @Schema(description = "Opaque cursor of the next page; absent on the last page") String nextCursor) {
    }
}
