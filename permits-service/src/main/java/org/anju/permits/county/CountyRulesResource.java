package org.anju.permits.county;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.anju.common.concurrency.Versions;
import org.anju.common.problem.Problem;
import org.anju.common.security.Caller;
import org.anju.common.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The county's rules: thresholds, notice days, setbacks, visit list, time limits. */
@Path("/api/v1/county-rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "County rules 县级规则")
public class CountyRulesResource {

    private final CountyRulesService rules;
    private final Caller caller;

    public CountyRulesResource(CountyRulesService rules, Caller caller) {
        this.rules = rules;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The county's rules 查看县级规则")
    @APIResponse(responseCode = "200", description = "The rules, with ETag",
            content = @Content(schema = @Schema(implementation = CountyRulesView.class)))
    @APIResponse(responseCode = "401", description = "No caller role",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response get() {
        caller.require(Role.people());
        String county = rules.countyCode();
        CountyRules r = rules.entity(county);
        return Response.ok(CountyRulesService.toView(county, rules.ruleSet(county))).tag(Versions.etag(r.version)).build();
    }

    @PUT
    @Operation(summary = "Change the county's rules (county admin) 修改县级规则")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(schema = @Schema(implementation = CountyRulesView.class)))
    @APIResponse(responseCode = "403", description = "Not a county admin",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response put(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull CountyRulesView body) {
        caller.require(Role.COUNTY_ADMIN);
        String county = rules.countyCode();
        CountyRules r = rules.update(county, ifMatch, body, caller.user());
        return Response.ok(CountyRulesService.toView(county, rules.ruleSet(county)))
                .tag(Versions.etag(r.version)).build();
    }
}
