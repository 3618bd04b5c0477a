package org.anju.gateway.webhook;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.anju.common.outbox.EventEnvelope;
import org.anju.common.outbox.Inbox;
import org.anju.common.problem.FieldViolation;
import org.anju.common.problem.ProblemException;

import io.quarkus.logging.Log;

/**
 * Takes in a public event from a service's outbox: once per event id (the inbox), it becomes one delivery for each
 * subscription of its county that asked for its type, in the same transaction as the inbox record.
 */
@ApplicationScoped
public class WebhookEvents {

    private final Inbox inbox;
    private final WebhookDeliveries deliveries;
    private final ObjectMapper json;

    public WebhookEvents(Inbox inbox, WebhookDeliveries deliveries, ObjectMapper json) {
        this.inbox = inbox;
        this.deliveries = deliveries;
        this.json = json;
    }

    /** Whether the gateway delivers events of this type to subscribers. */
    public static boolean handles(String type) {
        return WebhookEventType.fromWire(type).isPresent();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void receive(EventEnvelope event) {
        WebhookEventType type = WebhookEventType.fromWire(event.type()).orElseThrow(
                () -> new IllegalArgumentException("Not a public event type: " + event.type()));
        String county = event.payload().path("county").asText("");
        if (!county.matches("^[0-9]{6}$")) {
            throw ProblemException.ruleViolated("bad-event-payload", "事件载荷无效", "Bad event payload",
                    "A public event names its 6-digit county in payload.county", List.of(new FieldViolation(
                            "payload.county", "county-code", "6-digit county code required", "须为 6 位县级区划代码",
                            county)));
        }
        if (!inbox.firstDelivery(event.id(), event.type(), type.source())) {
            return;
        }
        WebhookBody body = new WebhookBody(event.id(), event.type(), Times.county(event.occurredAt()), county,
                event.payload());
        String text;
        try {
            text = json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Webhook body not serialisable", e);
        }
        int queued = deliveries.queue(event.id(), event.type(), event.occurredAt(), county, text);
        Log.debugf("Event %s (%s, county %s) queued for %d subscription(s)", event.id(), event.type(), county, queued);
    }
}
