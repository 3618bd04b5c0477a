package org.anju.registry.qualification;

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

import org.anju.common.idempotency.IdempotentRequests;
import org.anju.common.problem.Problem;
import org.anju.common.security.Caller;
import org.anju.registry.craftsman.TrainingCurrency;
import org.anju.registry.crew.Crew;
import org.anju.registry.crew.CrewService;
import org.anju.registry.support.Http;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A crew's qualification (资质审查): current state, allowed decisions, history, and the county admin's decisions. */
@Path("/api/v1/crews/{crewId}/qualification")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Qualification", description = "资质审查 Crew qualification")
public class QualificationResource {

    private final QualificationService service;
    private final CrewService crews;
    private final IdempotentRequests idempotent;
    private final Caller caller;

    public QualificationResource(QualificationService service, CrewService crews, IdempotentRequests idempotent,
            Caller caller) {
        this.service = service;
        this.crews = crews;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "getQualification", summary = "Qualification state, allowed decisions and history 资质状态与审查记录")
    @APIResponse(responseCode = "200", description = "The qualification", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QualificationView.class)))
    @APIResponse(responseCode = "401", description = "No caller role", content = @Content(mediaType = Http.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such crew", content = @Content(mediaType = Http.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public QualificationView get(@PathParam("crewId") UUID crewId) {
        return service.view(crews.get(crewId, caller));
    }

    @POST
    @Path("/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "decideQualification", summary = "Qualify, suspend, lift, revoke or renew 资质审查决定",
            description = "county_admin only. FILED -> QUALIFIED -> (SUSPENDED <-> QUALIFIED) -> REVOKED; EXPIRED "
                    + "(validity lapsed) -> QUALIFIED by RENEW. If-Match is optional; when sent it must match. QUALIFY "
                    + "and RENEW need the crew leader's training to be current on the day of the decision: otherwise "
                    + "422 leader-training-not-current names the leader and his hours against the required hours, "
                    + "unless the decision carries a trainingWaiverReason, which the decision record keeps and shows. "
                    + TrainingCurrency.RULE)
    @APIResponse(responseCode = "200", description = "Decided; the qualification with the new history entry", headers = @Header(name = "ETag", description = "New version of the crew", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QualificationView.class)))
    @APIResponse(responseCode = "401", description = "No caller role", content = @Content(mediaType = Http.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only county_admin decides", content = @Content(mediaType = Http.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such crew", content = @Content(mediaType = Http.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "transition-not-allowed, with currentState and allowedActions", content = @Content(mediaType = Http.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "stale-version", content = @Content(mediaType = Http.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "leader-training-not-current (with leaderId, leaderName, hours, offlineHours, requiredHours, requiredOfflineHours, windowStart, on) or idempotency-key-reused", content = @Content(mediaType = Http.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response decide(@PathParam("crewId") UUID crewId,
            @Parameter(description = "Optional ETag of the crew", example = "\"1\"") @HeaderParam("If-Match") String ifMatch,
            @HeaderParam(IdempotentRequests.HEADER) String key, @NotNull @Valid DecideQualification body) {
        return idempotent.execute(key, "POST /api/v1/crews/" + crewId + "/qualification/decisions " + caller.user(),
                body, () -> {
                    Crew c = service.decide(crewId, ifMatch, body, caller);
                    return Http.ok(c.version, service.view(c));
                });
    }
}
