package org.anju.registry.rules;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.anju.common.problem.Problem;
import org.anju.common.security.Caller;
import org.anju.common.security.Role;
import org.anju.registry.support.Access;
import org.anju.registry.support.Http;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The register's county rules (登记规则): the minimum credit score crew eligibility checks. */
@Path("/api/v1/registry-rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Registry rules", description = "登记规则 The register's county rules")
public class RegistryRulesResource {

    private final RegistryRulesService rules;
    private final Caller caller;

    public RegistryRulesResource(RegistryRulesService rules, Caller caller) {
        this.rules = rules;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "getRegistryRules", summary = "The register's county rules 查看登记规则",
            description = "Any person's token. The rules of the caller's county, with their version as ETag.")
    @APIResponse(responseCode = "200", description = "The rules", headers = @Header(name = "ETag", description = "Version of the rules", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegistryRulesView.class)))
    @APIResponse(responseCode = "401", description = "No caller role", content = @Content(mediaType = Http.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response get() {
        Access.requireReader(caller);
        RegistryRules r = rules.get(rules.countyOf(caller));
        return Http.ok(r.version, RegistryRulesView.of(r));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putRegistryRules", summary = "Change the register's county rules (county admin) 修改登记规则",
            description = "county_admin only, with If-Match (the ETag of the GET). A change applies to every later "
                    + "eligibility answer and job-slot reservation of the county's crews; earlier decisions stand.")
    @APIResponse(responseCode = "200", description = "Changed", headers = @Header(name = "ETag", description = "New version of the rules", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegistryRulesView.class)))
    @APIResponse(responseCode = "400", description = "validation: minimumCreditScore missing or outside 0 to 100", content = @Content(mediaType = Http.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No caller role", content = @Content(mediaType = Http.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a county admin", content = @Content(mediaType = Http.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "stale-version", content = @Content(mediaType = Http.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = Http.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response put(@Parameter(description = "ETag of the rules read", example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid RegistryRulesView body) {
        caller.require(Role.COUNTY_ADMIN);
        RegistryRules r = rules.update(rules.countyOf(caller), ifMatch, body, caller.user());
        return Http.ok(r.version, RegistryRulesView.of(r));
    }
}
