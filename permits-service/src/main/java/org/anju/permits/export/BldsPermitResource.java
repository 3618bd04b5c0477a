package org.anju.permits.export;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.anju.common.blds.BldsCsv;
import org.anju.common.blds.BldsResponses;
import org.anju.common.division.Divisions;
import org.anju.common.paging.Page;
import org.anju.common.problem.Problem;
import org.anju.common.security.Caller;
import org.anju.common.security.Role;
import org.anju.permits.county.HolidayCalendar;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Open data: the county's builds in the BLDS core permits shape, as JSON pages or CSV (DESIGN.md section 8). */
@Path("/api/v1/permits/blds")
@Tag(name = "Open data 开放数据")
public class BldsPermitResource {

    private final BldsPermits permits;
    private final Divisions divisions;
    private final Caller caller;

    public BldsPermitResource(BldsPermits permits, Divisions divisions, Caller caller) {
        this.permits = permits;
        this.divisions = divisions;
        this.caller = caller;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, BldsCsv.MEDIA_TYPE })
    @Operation(operationId = "exportPermitsBlds", summary = "Builds as BLDS open data 农房建设许可开放数据（BLDS 格式）",
            description = "Every build past intake (drafts never) in the BLDS core permits shape (permitdata.org): "
                    + "BLDS field names, our states mapped to StatusCurrentMapped (SUBMITTED → Application Accepted; "
                    + "VILLAGE_REVIEWED, SITE_SURVEYED, BOOK_ISSUED → In Review; PERMITTED → Permit Issued; "
                    + "UNDER_CONSTRUCTION, SUSPENDED → Inspection Phase; COMPLETED, ARCHIVED → Permit Finaled; "
                    + "REJECTED, WITHDRAWN, REVOKED → Permit Cancelled), new builds and rebuilds as WorkClassMapped New, "
                    + "extensions and repairs as Existing. No personal identifiers. Ordered by last change, oldest "
                    + "first: a harvester that keeps the last page's cursor later gets every build changed since, "
                    + "or asks `changedSince`. `Accept: text/csv` gives the same page as CSV (header line with the "
                    + "BLDS names, ExtraFields as JSON text) with the next page in a `Link: <…>; rel=\"next\"` "
                    + "header. Township roles: their townships only; another township asked for is an empty page.")
    @APIResponse(responseCode = "200", description = "One page",
            headers = @Header(name = "Link", description = "The next page (CSV and JSON), absent on the last",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BldsPermitPage.class)),
                    @Content(mediaType = BldsCsv.MEDIA_TYPE, schema = @Schema(
                            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)) })
    @APIResponse(responseCode = "400", description = "Unknown township, changedSince not a date-time, bad cursor or limit",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No caller role",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "A service token",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response export(
            @QueryParam("township") @Parameter(description = "Township code", example = "369901100000") String township,
            @QueryParam("changedSince") @Parameter(description = "Only builds changed at or after this moment "
                    + "(ISO-8601 with offset) or day (Asia/Shanghai)", example = "2026-11-01T00:00:00+08:00")
            String changedSince,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page") String cursor,
            @QueryParam("limit") @Parameter(description = "Page size, default 100, at most 1000", example = "100")
            Integer limit,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        caller.require(Role.people());
        divisions.requireTownshipFilter(township);
        Page<BldsPermit> page = permits.page(township, BldsResponses.since("changedSince", changedSince, HolidayCalendar.ZONE), cursor,
                limit, caller);
        return BldsResponses.page(page, BldsPermit.class, headers, uri);
    }

    /** OpenAPI shape of a page of BLDS permits. */
    @Schema(name = "BldsPermitPage", requiredProperties = "items")
    public record BldsPermitPage(List<BldsPermit> items, String nextCursor) {
    }
}
