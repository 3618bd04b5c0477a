package org.anju.permits.visit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import org.anju.common.event.Events;
import org.anju.common.outbox.EventEnvelope;
import org.anju.common.outbox.Inbox;
import org.anju.common.problem.FieldViolation;
import org.anju.common.problem.ProblemException;
import org.anju.permits.lifecycle.Action;
import org.anju.permits.lifecycle.History;
import org.anju.permits.lifecycle.PermitLifecycle;
import org.anju.permits.lifecycle.StopWorkHold;
import org.anju.permits.permit.Permit;

import io.quarkus.logging.Log;

/**
 * Applies inspections-service's facts once per event id: a passed visit advances the stage it gates, a stop-work
 * holds the build ({@link StopWorkHold}), a lifted stop-work lets it go on from where it was.
 */
@ApplicationScoped
public class EventReceiver {

    private static final History.Actor INSPECTIONS = new History.Actor("inspections-service", "system");

    private final Inbox inbox;
    private final Visits visits;
    private final PermitLifecycle lifecycle;
    private final StopWorkHold stopWork;

    public EventReceiver(Inbox inbox, Visits visits, PermitLifecycle lifecycle, StopWorkHold stopWork) {
        this.inbox = inbox;
        this.visits = visits;
        this.lifecycle = lifecycle;
        this.stopWork = stopWork;
    }

    /** @return false when the event id was already applied */
    @Transactional
    public boolean receive(EventEnvelope event) {
        if (!List.of(Events.VisitPassed.TYPE, Events.StopWorkIssued.TYPE, Events.StopWorkLifted.TYPE)
                .contains(event.type())) {
            throw bad("type", "unknown-event-type", "unknown event type " + event.type(), "未知事件类型");
        }
        JsonNode payload = event.payload();
        UUID permitId = uuid(payload, "permitId");
        Permit p = lifecycle.forEvent(permitId);
        if (p == null) {
            throw bad("payload.permitId", "known-permit", "permit " + permitId + " does not exist", "许可记录不存在");
        }
        if (!inbox.firstDelivery(event.id(), event.type(), "inspections")) {
            return false;
        }
        switch (event.type()) {
            case Events.VisitPassed.TYPE -> visitPassed(p, payload);
            case Events.StopWorkIssued.TYPE -> stopWork.issued(p, text(payload, "noticeId"), event.occurredAt(),
                    payload.path("reason").asText(""), INSPECTIONS);
            case Events.StopWorkLifted.TYPE -> {
                if (stopWork.lifted(p, text(payload, "noticeId"), INSPECTIONS)) {
                    advance(p, "停工解除后按已通过的到场推进 stages passed while stopped");
                }
            }
            default -> throw new IllegalStateException();
        }
        return true;
    }

    private void visitPassed(Permit p, JsonNode payload) {
        VisitType type;
        try {
            type = VisitType.valueOf(text(payload, "visitType"));
        } catch (IllegalArgumentException e) {
            throw bad("payload.visitType", "visit-type", "unknown visit type " + payload.path("visitType").asText(),
                    "未知的到场类型");
        }
        String passed = payload.path("passedAt").asText(null);
        OffsetDateTime at = passed == null ? OffsetDateTime.now() : OffsetDateTime.parse(passed);
        if (!visits.pass(p.id, type, payload.path("visitId").asText(null), at)) {
            Log.infof("permit %s does not need visit %s; ignored", p.id, type);
            return;
        }
        advance(p, "到场通过 visit " + type + " passed");
    }

    /** Takes the step a passed visit gates, when its guards hold (all the visits it needs have passed). */
    private void advance(Permit p, String reason) {
        Action next = switch (p.state) {
            case VILLAGE_REVIEWED -> Action.SURVEY;
            case PERMITTED -> Action.START_CONSTRUCTION;
            case UNDER_CONSTRUCTION -> Action.COMPLETE;
            default -> null;
        };
        if (next != null) {
            lifecycle.applyIfAllowed(p, next, reason, INSPECTIONS);
        }
    }

    private static UUID uuid(JsonNode payload, String field) {
        try {
            return UUID.fromString(text(payload, field));
        } catch (IllegalArgumentException e) {
            throw bad("payload." + field, "uuid", field + " must be a UUID", field + " 须为 UUID");
        }
    }

    private static String text(JsonNode payload, String field) {
        JsonNode n = payload.path(field);
        if (!n.isTextual() || n.asText().isBlank()) {
            throw bad("payload." + field, "required", field + " is required", field + " 为必填项");
        }
        return n.asText();
    }

    private static ProblemException bad(String field, String rule, String en, String zh) {
        return ProblemException.ruleViolated("bad-event", "事件无效", "Bad event", en,
                List.of(new FieldViolation(field, rule, en, zh)));
    }
}
