package org.anju.gateway.audit;

import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.anju.common.outbox.EventEnvelope;
import org.anju.common.outbox.Inbox;
import org.anju.common.problem.FieldViolation;
import org.anju.common.problem.Problem;
import org.anju.common.problem.ProblemException;
import org.anju.common.security.Role;
import org.anju.gateway.webhook.WebhookEventType;
import org.anju.gateway.webhook.WebhookEvents;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Events the other services send the gateway through their outbox, dispatched by type: {@code personal-record.read}
 * lands in the audit log; the public events (application submitted, book and certificate issued, build completed,
 * stop-work issued and lifted) go to the webhook subscribers. Applied once per event id.
 */
@Path("/api/v1/events")
@RolesAllowed(Role.SERVICE_GROUP)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events", description = "服务间事件 Events from the other services")
public class EventsResource {

    public static final String PERSONAL_RECORD_READ = "personal-record.read";

    private final Inbox inbox;
    private final PersonalRecordReads reads;
    private final WebhookEvents webhooks;
    private final ObjectMapper json;
    private final Validator validator;

    public EventsResource(Inbox inbox, PersonalRecordReads reads, WebhookEvents webhooks, ObjectMapper json,
            Validator validator) {
        this.inbox = inbox;
        this.reads = reads;
        this.webhooks = webhooks;
        this.json = json;
        this.validator = validator;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(operationId = "receiveEvent", summary = "Receive an event from another Anju service",
            description = "Service to service (the outbox relay); a repeated event id is acknowledged without being "
                    + "applied again. Types: personal-record.read (payload PersonalRead) and the public events "
                    + WebhookEventType.WIRE_NAMES + " (payload with the county code), delivered to webhook subscribers.")
    @APIResponse(responseCode = "200", description = "Applied, or already applied before")
    @APIResponse(responseCode = "422", description = "Unknown event type or bad payload",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response receive(@NotNull @Valid EventEnvelope event) {
        if (PERSONAL_RECORD_READ.equals(event.type())) {
            PersonalRead read = payload(event);
            if (inbox.firstDelivery(event.id(), event.type(), read.service())) {
                reads.record(event.id(), event.occurredAt(), read);
            }
        } else if (WebhookEvents.handles(event.type())) {
            webhooks.receive(event);
        } else {
            String known = PERSONAL_RECORD_READ + ", " + WebhookEventType.WIRE_NAMES;
            throw ProblemException.ruleViolated("unknown-event-type", "未知的事件类型", "Unknown event type",
                    "The gateway does not handle events of type " + event.type(),
                    List.of(new FieldViolation("type", "known-event-type", "Known types: " + known,
                            "可处理的类型：" + known, event.type())));
        }
        return Response.ok().build();
    }

    private PersonalRead payload(EventEnvelope event) {
        PersonalRead read;
        try {
            read = json.treeToValue(event.payload(), PersonalRead.class);
        } catch (JsonProcessingException e) {
            throw badPayload(List.of(new FieldViolation("payload", "shape", "Not a PersonalRead: "
                    + e.getOriginalMessage(), "载荷结构不正确")));
        }
        Set<ConstraintViolation<PersonalRead>> violations = validator.validate(read);
        if (!violations.isEmpty()) {
            throw badPayload(violations.stream().map(v -> new FieldViolation("payload." + v.getPropertyPath(),
                    v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(), v.getMessage(),
                    "载荷字段无效")).sorted((a, b) -> a.field().compareTo(b.field())).toList());
        }
        return read;
    }

    private static ProblemException badPayload(List<FieldViolation> errors) {
        return ProblemException.ruleViolated("bad-event-payload", "事件载荷无效", "Bad event payload",
                errors.size() + " payload field(s) are invalid", errors);
    }
}
