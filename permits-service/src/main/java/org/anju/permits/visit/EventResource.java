package org.anju.permits.visit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.anju.common.outbox.EventEnvelope;
import org.anju.common.problem.Problem;
import org.anju.common.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Receives inspections-service's events (outbox deliveries): visit.passed, stopwork.issued, stopwork.lifted. Only with
 * a service token, checked before the body is read.
 */
@Path("/api/v1/events")
@RolesAllowed(Role.SERVICE_GROUP)
@Tag(name = "Events 事件")
public class EventResource {

    private final EventReceiver receiver;

    public EventResource(EventReceiver receiver) {
        this.receiver = receiver;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Receive an event from inspections-service 接收事件",
            description = "Service to service (outbox relay): needs a service token (group service) from the "
                    + "gateway's token endpoint. Idempotent on the event id: a repeated delivery answers 200 without "
                    + "applying it again.")
    @APIResponse(responseCode = "200", description = "Applied, or already applied earlier",
            content = @Content(schema = @Schema(implementation = Received.class)))
    @APIResponse(responseCode = "422", description = "Unknown type, unknown permit or bad payload",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response receive(@Valid @NotNull EventEnvelope event) {
        boolean first = receiver.receive(event);
        return Response.ok(new Received(event.id().toString(), !first)).build();
    }

    /** The acknowledgement. */
    @Schema(name = "EventReceived", requiredProperties = { "eventId", "duplicate" })
    public record Received(String eventId, boolean duplicate) {
    }
}
