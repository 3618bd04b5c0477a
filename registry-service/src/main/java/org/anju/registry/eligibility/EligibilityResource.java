package org.anju.registry.eligibility;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.anju.common.problem.Problem;
import org.anju.common.security.Caller;
import org.anju.common.security.Role;
import org.anju.registry.craftsman.TrainingCurrency;
import org.anju.registry.support.Clock;
import org.anju.registry.support.Http;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Whether a crew may take a new job starting on a day: permits-service asks with its service token before issuing a
 * certificate; officers ask too. Crews work across townships, so any person of the county may ask about any crew.
 */
@Path("/api/v1/crews/{crewId}/eligibility")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Eligibility", description = "队伍承接资格 Crew eligibility")
public class EligibilityResource {

    static final String EXAMPLE_ELIGIBLE = "{\"crewId\":\"0b1f6a4e-3f3c-3d5e-9a53-1d0b8b6f0c21\",\"on\":\"2026-12-01\",\"eligible\":true,"
            + "\"reasons\":[],\"activeJobs\":2,\"maxConcurrentJobs\":3,\"creditScore\":100,\"minimumCreditScore\":60}";
    static final String EXAMPLE_REFUSED = "{\"crewId\":\"ca527911-79b5-363d-845d-208c6913d537\",\"on\":\"2026-12-01\",\"eligible\":false,"
            + "\"reasons\":[{\"code\":\"QUALIFICATION_EXPIRED\",\"message\":\"The crew's qualification expired on 2026-10-28 and was "
            + "not renewed\",\"messageZh\":\"队伍资质已于 2026-10-28 到期且未续期\"},{\"code\":\"INSURANCE_LAPSED\",\"message\":"
            + "\"The accident insurance expired on 2026-10-28\",\"messageZh\":\"意外伤害保险已于 2026-10-28 到期\"}],"
            + "\"activeJobs\":2,\"maxConcurrentJobs\":3,\"creditScore\":98,\"minimumCreditScore\":60}";

    /** Who may ask: the services (permits-service) and every person's role. */
    static final Role[] ASKERS = { Role.SERVICE, Role.INSPECTOR, Role.TOWNSHIP_OFFICER, Role.VILLAGE_REVIEWER,
            Role.COUNTY_CLERK, Role.COUNTY_ADMIN, Role.BUREAU_READER };

    private final EligibilityService service;
    private final Caller caller;

    public EligibilityResource(EligibilityService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "getCrewEligibility", summary = "May the crew start a new job on this day? 队伍能否承接新项目",
            description = "Needs a service token or any person's token. Every reason is listed: NOT_QUALIFIED, "
                    + "QUALIFICATION_EXPIRED, SUSPENDED, REVOKED, LEADER_TRAINING_NOT_CURRENT (the leader's training "
                    + "on the start day, rule below), INSURANCE_LAPSED, AT_CONCURRENT_JOB_LIMIT, CREDIT_BELOW_MINIMUM "
                    + "(the crew's credit score below the county's minimumCreditScore of GET /registry-rules, default "
                    + "60; the answer shows both). " + TrainingCurrency.RULE)
    @APIResponse(responseCode = "200", description = "The answer, eligible or not", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EligibilityAnswer.class),
            examples = { @ExampleObject(name = "eligible", summary = "Qualified, trained, insured, under its limit", value = EXAMPLE_ELIGIBLE),
                    @ExampleObject(name = "refusedForTwoReasons", summary = "Expired qualification and lapsed insurance", value = EXAMPLE_REFUSED) }))
    @APIResponse(responseCode = "404", description = "No such crew", content = @Content(mediaType = Http.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public EligibilityAnswer eligibility(@PathParam("crewId") UUID crewId,
            @Parameter(description = "Start day YYYY-MM-DD; default today (Asia/Shanghai)", example = "2026-12-01") @QueryParam("on") String on) {
        caller.require(ASKERS);
        return service.evaluate(crewId, Http.date("on", on, Clock.today()));
    }
}
