package org.anju.common.outbox;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An event id this service has already applied (the inbox); see {@link Inbox}. */
@Entity
@Table(name = "inbox_event")
public class ReceivedEvent {

    @Id
    public UUID id;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    public String source;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;
}
