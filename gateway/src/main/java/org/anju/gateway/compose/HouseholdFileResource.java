package org.anju.gateway.compose;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.anju.common.problem.Problem;
import org.anju.common.security.Caller;
import org.anju.common.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.ObjectMapper;

/** 一户一档: GET a household's whole file, composed from the three services. */
@Path("/api/v1/households/{householdId}/file")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Household file 一户一档")
public class HouseholdFileResource {

    /**
     * Everyone who may read each part may read the file: a bureau too, since every part is asked with the caller's own
     * token, so each service masks the identifiers and reports the bureau's read to the audit log as it would for the
     * part read alone. The file discloses nothing the parts do not.
     */
    static final Role[] READERS = { Role.INSPECTOR, Role.TOWNSHIP_OFFICER, Role.VILLAGE_REVIEWER, Role.COUNTY_CLERK,
            Role.COUNTY_ADMIN, Role.BUREAU_READER };

    private final HouseholdFile file;
    private final Caller caller;
    private final ObjectMapper json;

    public HouseholdFileResource(HouseholdFile file, Caller caller, ObjectMapper json) {
        this.file = file;
        this.caller = caller;
        this.json = json;
    }

    @GET
    @Operation(operationId = "getHouseholdFile", summary = "One household, one file 一户一档",
            description = "The household and every build of it, newest first: each with its history, book and "
                    + "certificate, the crew (name, registration number, eligibility and credit score today), and "
                    + "its visits, hazards, rectification notices (open and closed out) and stop-work notices (in "
                    + "force and lifted), asked per build from inspections-service in parallel. Each of these four "
                    + "parts holds its first page (up to 100) and `next`, the path of the following page of the "
                    + "owning service's list, when there is more: nothing is cut off silently. A part that could not "
                    + "be fetched (service down, slow or garbled) is left empty and its service named in "
                    + "`unavailable` with `partial: true`. ETag is a hash of the composed answer.")
    @APIResponse(responseCode = "200", description = "The file",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HouseholdFileView.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", description = "Unknown household or one of another township",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "permits-service, which owns the household, is unavailable",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("householdId") UUID householdId,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        caller.require(READERS);
        return ComposedEtag.answer(json, file.compose(householdId, authorization, caller), ifNoneMatch);
    }
}
