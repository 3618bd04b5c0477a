package org.anju.gateway.compose;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.anju.common.security.Caller;
import org.anju.common.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

/** County overview per township for county roles. */
@Path("/api/v1/overview")
@Produces(MediaType.APPLICATION_JSON)
public class OverviewResource {

    private final CountyOverview overview;
    private final Caller caller;
    private final ObjectMapper json;

    public OverviewResource(CountyOverview overview, Caller caller, ObjectMapper json) {
        this.overview = overview;
        this.caller = caller;
        this.json = json;
    }

    @GET
    @Operation(operationId = "getCountyOverview", summary = "County overview per township 全县概览",
            description = "Applications by state per township from permits' count endpoint. Rates and durations "
                    + "that no service counts yet are null and explained in `notAvailable`.")
    @APIResponse(responseCode = "200", description = "The overview",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OverviewView.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    public Response get(@QueryParam("from") @Parameter(example = "2026-11-01") String from,
            @QueryParam("to") @Parameter(example = "2026-11-30") String to,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        caller.require(Role.COUNTY_CLERK, Role.COUNTY_ADMIN, Role.BUREAU_READER);
        return ComposedEtag.answer(json, overview.overview(authorization, from, to), ifNoneMatch);
    }
}
