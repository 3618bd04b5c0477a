package org.anju.gateway.compose;

import java.time.LocalDate;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.anju.common.period.StatisticsPeriod;
import org.anju.common.security.Caller;
import org.anju.common.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.ObjectMapper;

/** County overview per township for county roles. */
@Path("/api/v1/overview")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "County overview 全县概览")
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
            description = "For the period (default: 1 January of this year to today, Asia/Shanghai): applications by "
                    + "state, submitted and decided, average days to decision, overdue applications, "
                    + "mandatory-visit completion rate, rectification close-out rate, overdue notices, stop-works in "
                    + "force, per township. permits- and inspections-service are asked in parallel; the figures of "
                    + "one that does not answer are null and the answer is `partial`.")
    @APIResponse(responseCode = "200", description = "The overview",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OverviewView.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    public Response get(@QueryParam("from") @Parameter(example = "2026-11-01") String from,
            @QueryParam("to") @Parameter(example = "2026-11-30") String to,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        caller.require(Role.COUNTY_CLERK, Role.COUNTY_ADMIN, Role.BUREAU_READER);
        StatisticsPeriod period = StatisticsPeriod.days(from, to, LocalDate.now(StatisticsPeriod.ZONE));
        return ComposedEtag.answer(json, overview.overview(authorization, period), ifNoneMatch);
    }

    @GET
    @Path("/trend")
    @Operation(operationId = "getCountyTrend", summary = "Rates per month and township 按月趋势",
            description = "Mandatory-visit completion rate and rectification close-out rate (with their counts) per "
                    + "month and township, from `from` to `to` (months, default: the last six including this one; at "
                    + "most 24). A rate is null in a month with nothing due.")
    @APIResponse(responseCode = "200", description = "The trend",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TrendView.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    public Response trend(@QueryParam("from") @Parameter(example = "2026-06") String from,
            @QueryParam("to") @Parameter(example = "2026-11") String to,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        caller.require(Role.COUNTY_CLERK, Role.COUNTY_ADMIN, Role.BUREAU_READER);
        StatisticsPeriod months = StatisticsPeriod.months(from, to, LocalDate.now(StatisticsPeriod.ZONE));
        return ComposedEtag.answer(json, overview.trend(authorization, months), ifNoneMatch);
    }
}
