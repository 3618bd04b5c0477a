package org.anju.registry.event;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.anju.common.outbox.EventEnvelope;
import org.anju.common.problem.Problem;
import org.anju.common.security.Role;
import org.anju.registry.support.Http;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Receives events from permits-service and inspections-service (their outbox relays), with a service token only:
 * checked before the body is read.
 */
@Path("/api/v1/events")
@RolesAllowed(Role.SERVICE_GROUP)
@Tag(name = "Events", description = "服务间事件 Events between services")
public class EventResource {

    private final EventService service;

    public EventResource(EventService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "receiveEvent", summary = "Apply an event (idempotent on its id) 接收事件",
            description = "Service to service: needs a service token (group service) from the gateway's token endpoint. crew.assigned {crewId, permitId} (confirms the slot reserved for the permit, or records it), crew.released {crewId, permitId} (frees it), hazard.confirmed {hazardId, permitId, crewId, grade GENERAL|MAJOR|CRITICAL} (deducts the grade's points from the crew and its leader), hazard.voided {hazardId, permitId, crewId, grade, reason, voidedBy} (the county admin voided the hazard: every deduction it caused is given back by a REVERSAL entry naming the hazard and the reason, at most once; a hazard never deducted changes nothing). A repeated event id answers 200 with applied=false and changes nothing.")
    @APIResponse(responseCode = "200", description = "Applied now or before", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventReceipt.class)))
    @APIResponse(responseCode = "422", description = "unknown-event-type or bad-event-payload", content = @Content(mediaType = Http.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public EventReceipt receive(@NotNull @Valid EventEnvelope event) {
        return service.receive(event);
    }
}
