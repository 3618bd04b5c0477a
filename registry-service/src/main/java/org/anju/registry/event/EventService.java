package org.anju.registry.event;

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
import org.anju.registry.assignment.AssignmentRepository;
import org.anju.registry.credit.CreditRecord;
import org.anju.registry.credit.CreditService;
import org.anju.registry.crew.Crew;
import org.anju.registry.crew.CrewRepository;

import io.quarkus.logging.Log;

/**
 * Applies the events other services send: crew.assigned / crew.released from permits-service, hazard.confirmed and
 * hazard.voided from inspections-service. Each event id is applied once (the inbox); a bad event is refused with 422 and changes nothing.
 */
@ApplicationScoped
public class EventService {

    public static final String ASSIGNED = Events.CrewAssigned.TYPE;
    public static final String RELEASED = Events.CrewReleased.TYPE;
    public static final String HAZARD = Events.HazardConfirmed.TYPE;
    public static final String HAZARD_VOIDED = Events.HazardVoided.TYPE;

    private final Inbox inbox;
    private final CrewRepository crews;
    private final AssignmentRepository assignments;
    private final CreditService credit;

    public EventService(Inbox inbox, CrewRepository crews, AssignmentRepository assignments, CreditService credit) {
        this.inbox = inbox;
        this.crews = crews;
        this.assignments = assignments;
        this.credit = credit;
    }

    @Transactional
    public EventReceipt receive(EventEnvelope e) {
        JsonNode p = e.payload();
        switch (e.type()) {
            case ASSIGNED, RELEASED -> {
                Crew crew = crew(p);
                UUID permit = uuid(p, "permitId");
                if (!inbox.firstDelivery(e.id(), e.type(), "permits")) {
                    return new EventReceipt(e.id(), e.type(), false);
                }
                if (e.type().equals(ASSIGNED)) {
                    assignments.assign(crew.id, permit, e.occurredAt());
                } else {
                    assignments.release(crew.id, permit, e.occurredAt());
                }
            }
            case HAZARD -> {
                Crew crew = crew(p);
                UUID permit = uuid(p, "permitId");
                UUID hazard = uuid(p, "hazardId");
                String grade = p.path("grade").asText(null);
                Integer points = credit.deduction(grade);
                if (points == null) {
                    throw bad("payload.grade", "hazard-grade",
                            "grade must be one of " + credit.gradesKnown(), "隐患等级须为 " + credit.gradesKnown());
                }
                if (!inbox.firstDelivery(e.id(), e.type(), "inspections")) {
                    return new EventReceipt(e.id(), e.type(), false);
                }
                String reason = "Confirmed " + grade + " hazard " + hazard + " on permit " + permit;
                credit.deduct(CreditRecord.Subject.CREW, crew.id, points, reason, grade, hazard, permit, e.id());
                credit.deduct(CreditRecord.Subject.CRAFTSMAN, crew.leaderId, points, reason + " (crew leader)", grade,
                        hazard, permit, e.id());
            }
            case HAZARD_VOIDED -> {
                UUID hazard = uuid(p, "hazardId");
                String reason = p.path("reason").asText("").trim();
                if (reason.isEmpty()) {
                    throw bad("payload.reason", "required", "reason is required", "须说明撤销理由");
                }
                if (!inbox.firstDelivery(e.id(), e.type(), "inspections")) {
                    return new EventReceipt(e.id(), e.type(), false);
                }
                int reversed = credit.reverseHazard(hazard, reason, e.id());
                Log.debugf("Hazard %s voided: %d deductions reversed", hazard, reversed);
            }
            default -> throw new ProblemException(422, "unknown-event-type", "未知的事件类型", "Unknown event type",
                    "registry-service does not handle events of type " + e.type(),
                    List.of(new FieldViolation("type", "unknown-event-type", "Unknown event type " + e.type(),
                            "未知的事件类型 " + e.type(), e.type())));
        }
        Log.debugf("Applied event %s %s", e.type(), e.id());
        return new EventReceipt(e.id(), e.type(), true);
    }

    private Crew crew(JsonNode payload) {
        UUID id = uuid(payload, "crewId");
        return crews.findByIdOptional(id).orElseThrow(() -> bad("payload.crewId", "unknown-crew",
                "No crew " + id + " is registered", "队伍 " + id + " 未登记"));
    }

    private static UUID uuid(JsonNode payload, String field) {
        String text = payload.path(field).asText(null);
        try {
            if (text != null) {
                return UUID.fromString(text);
            }
        } catch (IllegalArgumentException ignored) {
            // reported below
        }
        throw bad("payload." + field, "uuid-required", field + " must be a UUID", field + " 须为 UUID");
    }

    private static ProblemException bad(String field, String rule, String en, String zh) {
        return new ProblemException(422, "bad-event-payload", "事件内容无效", "Bad event payload", field + ": " + en,
                List.of(new FieldViolation(field, rule, en, zh)));
    }
}
