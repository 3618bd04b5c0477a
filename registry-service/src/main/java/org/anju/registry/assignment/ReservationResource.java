package org.anju.registry.assignment;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.anju.common.problem.Problem;
import org.anju.common.security.Role;
import org.anju.registry.support.Http;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A crew's job slot for one build, reserved by permits-service (service token only, checked before the body is read)
 * at the moment it issues the certificate, and released when the permit's transaction did not commit.
 */
@Path("/api/v1/crews/{crewId}/reservations/{permitId}")
@RolesAllowed(Role.SERVICE_GROUP)
@Tag(name = "Eligibility", description = "队伍承接资格 Crew eligibility")
public class ReservationResource {

    private final ReservationService service;

    public ReservationResource(ReservationService service) {
        this.service = service;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reserveCrewSlot", summary = "Reserve one of the crew's job slots for a build 预留施工队伍承接名额",
            description = "Service to service (permits-service, when issuing the certificate). Locks the crew, re-checks its eligibility on startsOn and counts its live slots (confirmed, or held and not lapsed) against maxConcurrentJobs. Idempotent per crew and permit: a repeat answers 200 and takes no second slot. The slot is HELD (for anju.registry.reservation-hold, default 10 minutes) until the permit's crew.assigned event confirms it; crew.released or DELETE frees it.")
    @APIResponse(responseCode = "201", description = "Slot taken now", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReservationView.class)))
    @APIResponse(responseCode = "200", description = "The build already holds a slot of this crew (a repeat)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReservationView.class)))
    @APIResponse(responseCode = "400", description = "startsOn missing or malformed", content = @Content(mediaType = Http.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such crew", content = @Content(mediaType = Http.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "crew-at-capacity: no free slot; the problem's extension members crewId, activeJobs and maxConcurrentJobs name the count and the limit", content = @Content(mediaType = Http.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "crew-not-eligible on startsOn: every reason listed in errors and in the extension member reasons (codes as in Eligibility)", content = @Content(mediaType = Http.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response reserve(@PathParam("crewId") UUID crewId, @PathParam("permitId") UUID permitId,
            @NotNull @Valid ReserveSlot body, @Context UriInfo uri) {
        var outcome = service.reserve(crewId, permitId, body.startsOn());
        if (outcome.created()) {
            return Response.created(Http.location(uri, "crews", crewId.toString(), "reservations",
                    permitId.toString())).entity(outcome.reservation()).build();
        }
        return Response.ok(outcome.reservation()).build();
    }

    @DELETE
    @Operation(operationId = "releaseCrewSlot", summary = "Release the crew's job slot on a build 释放施工队伍承接名额",
            description = "Service to service (permits-service, when its transaction rolled back after the reservation). Idempotent: releasing a slot that is not held answers 204 too.")
    @APIResponse(responseCode = "204", description = "Released, or nothing was held")
    @APIResponse(responseCode = "404", description = "No such crew", content = @Content(mediaType = Http.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public void release(@PathParam("crewId") UUID crewId, @PathParam("permitId") UUID permitId) {
        service.release(crewId, permitId);
    }
}
