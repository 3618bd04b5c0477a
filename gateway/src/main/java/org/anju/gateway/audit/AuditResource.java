package org.anju.gateway.audit;

import java.time.OffsetDateTime;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.anju.common.paging.Page;
import org.anju.common.problem.FieldViolation;
import org.anju.common.problem.ProblemException;
import org.anju.common.security.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The county admin's view of the audit log: every read of a personal record in the county, newest first. */
@Path("/api/v1/audit/personal-reads")
@RolesAllowed("county_admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "个人信息查阅审计 Audit log of personal-record reads")
public class AuditResource {

    private final PersonalRecordReads reads;
    private final Caller user;

    public AuditResource(PersonalRecordReads reads, Caller user) {
        this.reads = reads;
        this.user = user;
    }

    @GET
    @Operation(operationId = "listPersonalReads", summary = "Who read which personal record, when (个人信息查阅记录)")
    @APIResponse(responseCode = "200", description = "One page of entries, newest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PersonalReadView.Page.class)))
    public Page<PersonalReadView> list(
            @QueryParam("actor") @Size(max = 64) @Parameter(description = "Only reads by this user or client")
            String actor,
            @QueryParam("recordType") @Size(max = 40) @Parameter(description = "e.g. household") String recordType,
            @QueryParam("recordId") @Size(max = 64) @Parameter(description = "Only reads of this record") String recordId,
            @QueryParam("from") @Parameter(description = "From this instant (inclusive), ISO-8601 with offset")
            String from,
            @QueryParam("to") @Parameter(description = "Up to this instant (exclusive), ISO-8601 with offset")
            String to,
            @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        var filter = new PersonalRecordReads.Filter(actor, recordType, recordId, instant("from", from),
                instant("to", to));
        return reads.page(user.county().orElse(null), filter, cursor, limit);
    }

    private static OffsetDateTime instant(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (RuntimeException e) {
            throw ProblemException.invalid(new FieldViolation(field, "date-time",
                    "ISO-8601 date-time with offset, e.g. 2026-11-28T09:00:00+08:00",
                    "须为带时区的 ISO-8601 时间，例如 2026-11-28T09:00:00+08:00", value));
        }
    }
}
