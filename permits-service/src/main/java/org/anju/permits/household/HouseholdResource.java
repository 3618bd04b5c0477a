package org.anju.permits.household;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.anju.common.concurrency.Versions;
import org.anju.common.idempotency.IdempotentRequests;
import org.anju.common.problem.Problem;
import org.anju.common.security.Caller;
import org.anju.common.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Households (户): register one, read one. */
@Path("/api/v1/households")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Households 建房户")
public class HouseholdResource {

    private final HouseholdService households;
    private final IdempotentRequests idempotent;
    private final Caller caller;

    public HouseholdResource(HouseholdService households, IdempotentRequests idempotent, Caller caller) {
        this.households = households;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a household 登记建房户")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(schema = @Schema(implementation = HouseholdView.class)))
    @APIResponse(responseCode = "403", description = "Role or township not allowed",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A household with this head is already registered",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused for another request",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response register(@HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull HouseholdForm form) {
        caller.require(HouseholdService.registrars().toArray(Role[]::new));
        return idempotent.execute(idempotencyKey, "POST /api/v1/households " + caller.user(), form, () -> {
            Household h = households.register(UUID.randomUUID(), form, caller.user(), caller);
            return Response.created(URI.create("/api/v1/households/" + h.id)).tag(Versions.etag(h.version))
                    .entity(HouseholdService.view(h, caller)).build();
        });
    }

    @GET
    @Path("/{householdId}")
    @Operation(summary = "One household 查看建房户")
    @APIResponse(responseCode = "200", description = "The household", content = @Content(schema = @Schema(implementation = HouseholdView.class)))
    @APIResponse(responseCode = "404", description = "Unknown, or in another township",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("householdId") UUID id) {
        caller.require(Role.people());
        Household h = households.visible(id, caller);
        return Response.ok(HouseholdService.view(h, caller)).tag(Versions.etag(h.version)).build();
    }
}
