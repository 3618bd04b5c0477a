package org.anju.registry.eligibility;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.anju.common.openapi.AnjuOpenApiFilter;
import org.anju.common.problem.Problem;
import org.anju.registry.support.Clock;
import org.anju.registry.support.Http;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Whether a crew may take a new job starting on a day (permits-service asks before issuing a certificate). */
@Path("/api/v1/crews/{crewId}/eligibility")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Eligibility", description = "队伍承接资格 Crew eligibility")
public class EligibilityResource {

    private final EligibilityService service;

    public EligibilityResource(EligibilityService service) {
        this.service = service;
    }

    @GET
    @Extension(name = AnjuOpenApiFilter.PUBLIC, value = "true")
    @Operation(operationId = "getCrewEligibility", summary = "May the crew start a new job on this day? 队伍能否承接新项目",
            description = "Every reason is listed: NOT_QUALIFIED, QUALIFICATION_EXPIRED, SUSPENDED, REVOKED, LEADER_TRAINING_NOT_CURRENT, INSURANCE_LAPSED, AT_CONCURRENT_JOB_LIMIT.")
    @APIResponse(responseCode = "200", description = "The answer, eligible or not", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EligibilityAnswer.class)))
    @APIResponse(responseCode = "404", description = "No such crew", content = @Content(mediaType = Http.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public EligibilityAnswer eligibility(@PathParam("crewId") UUID crewId,
            @Parameter(description = "Start day YYYY-MM-DD; default today (Asia/Shanghai)", example = "2026-12-01") @QueryParam("on") String on) {
        return service.evaluate(crewId, Http.date("on", on, Clock.today()));
    }
}
