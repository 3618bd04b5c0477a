package org.anju.inspections.stopwork;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import org.anju.common.concurrency.Versions;
import org.anju.common.division.Divisions;
import org.anju.common.idempotency.IdempotentRequests;
import org.anju.common.paging.Cursor;
import org.anju.common.paging.Page;
import org.anju.common.problem.FieldViolation;
import org.anju.common.problem.Problem;
import org.anju.common.problem.ProblemException;
import org.anju.common.security.Caller;
import org.anju.common.security.Role;
import org.anju.inspections.permit.PermitLists;
import org.anju.inspections.visit.Visit;
import org.anju.inspections.visit.VisitRepository;

/** Stop-work notices (停工通知书): issue from an on-site visit, lift after a passed re-check. */
@Path("/api/v1/stop-work-notices")
@Tag(name = "Stop-work 停工通知")
@Produces(MediaType.APPLICATION_JSON)
public class StopWorkResource {

    private final StopWorkService service;
    private final StopWorkRepository notices;
    private final VisitRepository visits;
    private final IdempotentRequests idempotent;
    private final Divisions divisions;
    private final Caller caller;

    public StopWorkResource(StopWorkService service, StopWorkRepository notices, VisitRepository visits,
            IdempotentRequests idempotent, Divisions divisions, Caller caller) {
        this.service = service;
        this.notices = notices;
        this.visits = visits;
        this.idempotent = idempotent;
        this.divisions = divisions;
        this.caller = caller;
    }

    /** Issues a stop-work notice. */
    @Schema(name = "IssueStopWork", requiredProperties = { "visitId", "reasonCode", "reason" })
    public record IssueStopWork(@NotNull @Schema(description = "The on-site visit that found the reason") UUID visitId,
            @NotNull StopWorkNotice.ReasonCode reasonCode,
            @NotBlank @Size(max = 2000) @Schema(examples = "擅自加建第四层") String reason) {
    }

    /** Lifts a stop-work notice with a passed re-check. */
    @Schema(name = "LiftStopWork", requiredProperties = "visitId")
    public record LiftStopWork(@NotNull @Schema(description = "A passed on-site RECHECK visit of the permit") UUID visitId) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue a stop-work notice 下达停工通知")
    @APIResponse(responseCode = "201", description = "Issued; stopwork.issued is sent to permits-service", content = @Content(schema = @Schema(implementation = StopWorkView.class)))
    @APIResponse(responseCode = "404", description = "No such visit", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A notice is already in force", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Visit not on site or without permit", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response issue(@Valid @NotNull IssueStopWork body,
            @Parameter(description = "Makes retries safe") @HeaderParam(IdempotentRequests.HEADER) String key) {
        caller.require(Role.INSPECTOR, Role.TOWNSHIP_OFFICER);
        return idempotent.execute(key, "POST stop-work " + caller.user(), body, () -> {
            Visit v = visits.findByIdOptional(body.visitId()).filter(x -> caller.mayAccessTownship(x.townshipCode))
                    .orElseThrow(() -> ProblemException.notFound("Visit", body.visitId()));
            if (v.status != Visit.Status.RECORDED || !Boolean.TRUE.equals(v.onSite)) {
                throw ProblemException.ruleViolated("stop-work-needs-on-site-visit", "停工通知须依据现场巡查",
                        "A stop-work notice needs an on-site visit", "Visit " + v.id + " was not recorded on site",
                        List.of(new FieldViolation("visitId", "stop-work-needs-on-site-visit",
                                "The visit is not recorded on site", "该巡查未在现场记录")));
            }
            StopWorkNotice n = service.issue(v, null, body.reasonCode(), body.reason(), caller.user());
            return Response.created(URI.create("/api/v1/stop-work-notices/" + n.id)).entity(StopWorkView.of(n))
                    .tag(Versions.etag(n.version)).build();
        });
    }

    @GET
    @Operation(operationId = "listStopWorkNotices",
            summary = "A township's or a build's stop-work notices, newest first 乡镇或许可的停工通知（最新在前）",
            description = "Give `township` or `permit`, not both. In force (IN_FORCE), lifted (LIFTED), or both when "
                    + "state is absent; newest first (issued at, then id).")
    @APIResponse(responseCode = "200", description = "One page, newest first", content = @Content(schema = @Schema(implementation = StopWorkPage.class)))
    @APIResponse(responseCode = "400", description = "Neither or both of township and permit, bad state, cursor or limit", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Township unknown or not visible to the caller, or permit of such a township", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Page<StopWorkView> list(
            @Parameter(description = "A township (give this or permit)", example = "369901100000") @QueryParam("township") String township,
            @Parameter(description = "A build (permit id) (give this or township)", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("permit") String permitId,
            @Parameter(description = "IN_FORCE or LIFTED; both when absent") @QueryParam("state") String state,
            @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, default 20, at most 100") @QueryParam("limit") Integer limit) {
        caller.require(Role.INSPECTOR, Role.TOWNSHIP_OFFICER, Role.COUNTY_CLERK, Role.COUNTY_ADMIN, Role.BUREAU_READER);
        UUID permit = PermitLists.permit(permitId);
        PermitLists.requireTownshipOrPermit(township, permit);
        if (permit == null && (!caller.mayAccessTownship(township) || !divisions.isTownship(township))) {
            throw ProblemException.notFound("Township", township);
        }
        StopWorkNotice.Status status = status(state);
        int size = Cursor.limit(limit);
        List<JsonNode> after = Cursor.decode(cursor, 2);
        List<StopWorkNotice> rows;
        try {
            OffsetDateTime afterAt = after.isEmpty() ? null : OffsetDateTime.parse(after.get(0).asText());
            UUID afterId = after.isEmpty() ? null : UUID.fromString(after.get(1).asText());
            rows = permit != null ? notices.ofPermit(permit, status, afterAt, afterId, size + 1)
                    : notices.township(township, status, afterAt, afterId, size + 1);
        } catch (RuntimeException e) {
            if (e instanceof ProblemException p) {
                throw p;
            }
            throw ProblemException.invalid(new FieldViolation("cursor", "cursor-format",
                    "cursor is not one this list handed out", "分页游标无效"));
        }
        if (permit != null) {
            PermitLists.requireVisible(caller, permit, rows.stream().limit(1).map(n -> n.townshipCode).toList());
        }
        boolean more = rows.size() > size;
        List<StopWorkNotice> items = more ? rows.subList(0, size) : rows;
        StopWorkNotice last = items.isEmpty() ? null : items.get(items.size() - 1);
        return new Page<>(items.stream().map(StopWorkView::of).toList(),
                more ? Cursor.encode(last.issuedAt.toString(), last.id.toString()) : null);
    }

    private static StopWorkNotice.Status status(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return StopWorkNotice.Status.valueOf(state.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(new FieldViolation("state", "one-of", "state must be IN_FORCE or LIFTED",
                    "state 须为 IN_FORCE 或 LIFTED", state));
        }
    }

    /** A page of stop-work notices, for the OpenAPI document. */
    @Schema(name = "StopWorkPage", requiredProperties = "items")
    public record StopWorkPage(List<StopWorkView> items, String nextCursor) {
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One stop-work notice 停工通知详情")
    @APIResponse(responseCode = "200", description = "The notice", content = @Content(schema = @Schema(implementation = StopWorkView.class)))
    @APIResponse(responseCode = "404", description = "No such notice in the caller's townships", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        caller.require(Role.INSPECTOR, Role.TOWNSHIP_OFFICER, Role.COUNTY_CLERK, Role.COUNTY_ADMIN, Role.BUREAU_READER);
        StopWorkNotice n = notices.findByIdOptional(id).filter(x -> caller.mayAccessTownship(x.townshipCode))
                .orElseThrow(() -> ProblemException.notFound("Stop-work notice", id));
        return Response.ok(StopWorkView.of(n)).tag(Versions.etag(n.version)).build();
    }

    @POST
    @Path("/{id}/lift")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Lift a stop-work notice after a passed re-check 复查合格后解除停工")
    @APIResponse(responseCode = "200", description = "Lifted; stopwork.lifted is sent to permits-service", content = @Content(schema = @Schema(implementation = StopWorkView.class)))
    @APIResponse(responseCode = "404", description = "No such notice or visit", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already lifted", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "No passed on-site re-check", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response lift(@PathParam("id") UUID id, @Valid @NotNull LiftStopWork body,
            @Parameter(description = "ETag of the notice") @HeaderParam("If-Match") String ifMatch) {
        caller.require(Role.INSPECTOR, Role.TOWNSHIP_OFFICER);
        StopWorkView v = service.lift(id, body.visitId(), ifMatch, caller::mayAccessTownship);
        return Response.ok(v).tag(Versions.etag(v.version())).build();
    }
}
