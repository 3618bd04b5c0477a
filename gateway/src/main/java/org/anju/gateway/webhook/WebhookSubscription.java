package org.anju.gateway.webhook;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An outside system's subscription to a county's public events: where to POST them, which, and how to sign them. */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription {

    /** Active subscriptions are delivered to; paused ones keep collecting deliveries until resumed. */
    @Schema(name = "WebhookStatus")
    public enum Status {
        ACTIVE, PAUSED
    }

    @Id
    private UUID id;

    @Column(name = "county_code", nullable = false, length = 6)
    private String countyCode;

    @Column(nullable = false, length = 2000)
    private String url;

    @Column(name = "secret_cipher", nullable = false)
    private String secretCipher;

    @Column(name = "event_types", nullable = false)
    private String[] eventTypes;

    @Column(length = 300)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(name = "paused_reason", length = 300)
    private String pausedReason;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected WebhookSubscription() {
    }

    public WebhookSubscription(UUID id, String countyCode, String url, String secretCipher, List<String> eventTypes,
            String description, String createdBy, OffsetDateTime now) {
        this.id = id;
        this.countyCode = countyCode;
        this.url = url;
        this.secretCipher = secretCipher;
        this.eventTypes = eventTypes.toArray(String[]::new);
        this.description = description;
        this.status = Status.ACTIVE;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Replaces what a county admin may change; a null secret keeps the current one. */
    public void update(String url, List<String> eventTypes, String description, String secretCipher,
            OffsetDateTime now) {
        this.url = url;
        this.eventTypes = eventTypes.toArray(String[]::new);
        this.description = description;
        if (secretCipher != null) {
            this.secretCipher = secretCipher;
        }
        this.updatedAt = now;
    }

    public void pause(String reason, OffsetDateTime now) {
        this.status = Status.PAUSED;
        this.pausedReason = reason;
        this.updatedAt = now;
    }

    public void resume(OffsetDateTime now) {
        this.status = Status.ACTIVE;
        this.pausedReason = null;
        this.updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public String countyCode() {
        return countyCode;
    }

    public String url() {
        return url;
    }

    public String secretCipher() {
        return secretCipher;
    }

    public List<String> eventTypes() {
        return List.of(eventTypes);
    }

    public String description() {
        return description;
    }

    public Status status() {
        return status;
    }

    public String pausedReason() {
        return pausedReason;
    }

    public String createdBy() {
        return createdBy;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
