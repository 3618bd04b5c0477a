package org.anju.inspections.export;

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
import org.anju.inspections.visit.VisitResource;
import org.anju.inspections.hazard.HazardService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Open data: the site visits of the county's builds in the BLDS inspections shape, JSON pages or CSV (DESIGN.md section 8). */
@Path("/api/v1/visits/blds")
@Tag(name = "Open data 开放数据")
public class BldsInspectionResource {

    private final BldsInspections inspections;
    private final Divisions divisions;
    private final Caller caller;

    public BldsInspectionResource(BldsInspections inspections, Divisions divisions, Caller caller) {
        this.inspections = inspections;
        this.divisions = divisions;
        this.caller = caller;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, BldsCsv.MEDIA_TYPE })
    @Operation(operationId = "exportVisitsBlds", summary = "Site visits as BLDS open data 到场巡查开放数据（BLDS 格式）",
            description = "Every recorded visit to a build in the BLDS inspections shape (permitdata.org), linked to "
                    + "permits-service's BLDS permits export by PermitNum (the application number). Result mapped to "
                    + "ResultMapped: PASSED → Passed, PASSED_WITH_CONDITIONS → Partial, FAILED → Rejected, "
                    + "NOT_ON_SITE (checked in too far from the site, so it did not count) → Cancelled; visit types "
                    + "to the nearest common inspection types (SITE_SURVEY → Pre-Construction, SETTING_OUT → Site, "
                    + "FOUNDATION_TRENCH → Foundation, KEY_MILESTONE → Structural, MAIN_STRUCTURE → Framing, "
                    + "COMPLETION_ACCEPTANCE → Final, ROUTINE_PATROL → Routine, COMPLAINT → Complaint, RECHECK → "
                    + "Reinspection). Scheduled visits and visits without a build are not included; no inspector's "
                    + "notes, no personal identifiers. In the order visits reached Anju, so a visit an offline phone "
                    + "synced late still reaches a harvester that continues from its cursor or asks `changedSince`. "
                    + "`Accept: text/csv` gives the same page as CSV with the next page in a `Link: <…>; rel=\"next\"` "
                    + "header. Township roles: their townships only; another township asked for is an empty page.")
    @APIResponse(responseCode = "200", description = "One page",
            headers = @Header(name = "Link", description = "The next page (CSV and JSON), absent on the last",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BldsInspectionPage.class)),
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
            @QueryParam("changedSince") @Parameter(description = "Only visits recorded in Anju at or after this moment "
                    + "(ISO-8601 with offset) or day (Asia/Shanghai)", example = "2026-11-01T00:00:00+08:00")
            String changedSince,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page") String cursor,
            @QueryParam("limit") @Parameter(description = "Page size, default 100, at most 1000", example = "100")
            Integer limit,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        caller.require(VisitResource.READERS);
        divisions.requireTownshipFilter(township);
        Page<BldsInspection> page = inspections.page(township,
                BldsResponses.since("changedSince", changedSince, HazardService.ZONE), cursor, limit, caller);
        return BldsResponses.page(page, BldsInspection.class, headers, uri);
    }

    /** OpenAPI shape of a page of BLDS inspections. */
    @Schema(name = "BldsInspectionPage", requiredProperties = "items")
    public record BldsInspectionPage(List<BldsInspection> items, String nextCursor) {
    }
}
