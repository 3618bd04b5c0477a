package org.anju.gateway.compose;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.anju.common.security.Caller;
import org.anju.common.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Worklists composed for inspectors and township officers. */
@Path("/api/v1/worklist")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Worklists 待办")
public class WorklistResource {

    private final TodayWorklist today;
    private final OfficerWorklist officer;
    private final Caller caller;
    private final ObjectMapper json;

    public WorklistResource(TodayWorklist today, OfficerWorklist officer, Caller caller, ObjectMapper json) {
        this.today = today;
        this.officer = officer;
        this.caller = caller;
        this.json = json;
    }

    @GET
    @Operation(operationId = "getTownshipWorklist", summary = "Township worklist 乡镇待办",
            description = "For the officer's townships: overdue applications, visits due today and overdue, off-site "
                    + "visits to review, notices past deadline, stop-works in force, crews whose qualification expires "
                    + "within 30 days; each section from its service with its own `available` flag.")
    @APIResponse(responseCode = "200", description = "The worklist",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WorklistView.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    public Response worklist(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        caller.require(Role.TOWNSHIP_OFFICER);
        return ComposedEtag.answer(json, officer.worklist(authorization, caller), ifNoneMatch);
    }

    @GET
    @Path("/today")
    @Operation(operationId = "getTodayWorklist", summary = "Today's visits 今日巡查",
            description = "Visits due today and overdue in the caller's townships, with each site's position, "
                    + "address, household head and the presence radius; gathered in parallel from inspections and "
                    + "permits; a service that does not answer is named in `unavailable` with `partial: true`.")
    @APIResponse(responseCode = "200", description = "Today's list",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TodayView.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    public Response today(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        caller.require(Role.INSPECTOR, Role.TOWNSHIP_OFFICER);
        return ComposedEtag.answer(json, today.today(authorization, caller), ifNoneMatch);
    }
}
