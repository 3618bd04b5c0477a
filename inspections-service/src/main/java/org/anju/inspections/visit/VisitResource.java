package org.anju.inspections.visit;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.anju.common.concurrency.Versions;
import org.anju.common.division.Divisions;
import org.anju.common.idempotency.IdempotentRequests;
import org.anju.common.paging.Cursor;
import org.anju.common.paging.Page;
import org.anju.common.problem.Problem;
import org.anju.common.problem.ProblemException;
import org.anju.common.security.Caller;
import org.anju.common.security.Role;
import org.anju.inspections.hazard.HazardService;
import org.anju.inspections.permit.SiteLookup;

/** Site visits: schedule, record with proof of presence, read, and the township's lists. */
@Path("/api/v1")
@Tag(name = "Visits 现场巡查")
@Produces(MediaType.APPLICATION_JSON)
public class VisitResource {

    /** Who reads visits and what hangs on them: the roles that work with inspections, and the bureaus. */
    public static final Role[] READERS = { Role.INSPECTOR, Role.TOWNSHIP_OFFICER, Role.COUNTY_CLERK, Role.COUNTY_ADMIN,
            Role.BUREAU_READER };

    private final VisitService service;
    private final VisitQueries queries;
    private final DueVisits due;
    private final VisitRepository visits;
    private final SiteLookup sites;
    private final IdempotentRequests idempotent;
    private final Divisions divisions;
    private final Caller caller;

    public VisitResource(VisitService service, VisitQueries queries, DueVisits due, VisitRepository visits,
            SiteLookup sites, IdempotentRequests idempotent, Divisions divisions, Caller caller) {
        this.service = service;
        this.queries = queries;
        this.due = due;
        this.visits = visits;
        this.sites = sites;
        this.idempotent = idempotent;
        this.divisions = divisions;
        this.caller = caller;
    }

    @POST
    @Path("/visits")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Schedule or record a visit 计划或记录巡查", description = "Without checkIn: schedules. With "
            + "checkIn: records, checks presence (distance + accuracy <= radius); an off-site visit is stored with "
            + "outcome NOT_ON_SITE and counts for nothing. A mandatory type must be the one the permit needs now.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = VisitView.class)))
    @APIResponse(responseCode = "200", description = "Already known (same client id); nothing created", content = @Content(schema = @Schema(implementation = VisitView.class)))
    @APIResponse(responseCode = "404", description = "Township not visible to the caller", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Client id used for another visit", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown permit, type not needed now, checklist incomplete", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "permits-service unreachable", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response record(@Valid @NotNull RecordVisit body,
            @Parameter(description = "Makes retries safe") @HeaderParam(IdempotentRequests.HEADER) String key) {
        caller.require(Role.INSPECTOR, Role.TOWNSHIP_OFFICER);
        var site = sites.forPermit(body.permitId());
        return idempotent.execute(key, "POST /api/v1/visits " + caller.user(), body, () -> {
            VisitService.Result r = service.record(body, site, caller, null);
            return (r.created() ? Response.created(URI.create("/api/v1/visits/" + r.visit().id()))
                    : Response.ok()).entity(r.visit()).tag(Versions.etag(r.visit().version())).build();
        });
    }

    @GET
    @Path("/visits/{id}")
    @Operation(summary = "One visit 巡查详情")
    @APIResponse(responseCode = "200", description = "The visit", content = @Content(schema = @Schema(implementation = VisitView.class)))
    @APIResponse(responseCode = "404", description = "No such visit in the caller's townships", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        caller.require(READERS);
        Visit v = visits.findByIdOptional(id).filter(x -> caller.mayAccessTownship(x.townshipCode))
                .orElseThrow(() -> ProblemException.notFound("Visit", id));
        return Response.ok(service.view(v)).tag(Versions.etag(v.version)).build();
    }

    @GET
    @Path("/visits/due")
    @Operation(operationId = "listDueVisits",
            summary = "A township's mandatory visits due, from permits' stages 乡镇应到场巡查（据许可阶段）",
            description = "The visits permits-service's stages call for on or before `on` (default today, "
                    + "Asia/Shanghai), in its order (due date first), each with the visit already scheduled for it "
                    + "and the last attempt that did not count (e.g. NOT_ON_SITE). Visits already passed on site "
                    + "here whose event permits-service has not applied yet are left out. `view`: DUE_TODAY (due, "
                    + "not overdue by working days), OVERDUE, ALL (default). The cursor is permits-service's.")
    @APIResponse(responseCode = "200", description = "One page, due date first", content = @Content(schema = @Schema(implementation = DueVisitPage.class)))
    @APIResponse(responseCode = "400", description = "Bad date, view, cursor or limit", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Township unknown or not visible to the caller", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "permits-service unreachable or too slow", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Page<DueVisit> due(
            @Parameter(required = true, example = "369901100000") @QueryParam("township") @NotNull String township,
            @Parameter(description = "Date the list is for (default today, Asia/Shanghai)", example = "2026-11-28") @QueryParam("on") String on,
            @Parameter(description = "DUE_TODAY, OVERDUE or ALL (default)") @QueryParam("view") String view,
            @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        caller.require(READERS);
        requireTownship(township);
        LocalDate date = DueVisits.date("on", on, HazardService.today());
        return due.list(township, date, DueVisits.View.parse(view), cursor, Cursor.limit(limit));
    }

    @GET
    @Path("/visits")
    @Operation(summary = "A township's visits due today, overdue, off site, or scheduled 乡镇待办、逾期、未到场、已排期巡查",
            description = "DUE_TODAY and OVERDUE answer as GET /visits/due with that view for today (permits' "
                    + "stages; items are DueVisit). OFF_SITE, SCHEDULED_TODAY and SCHEDULED_OVERDUE list visits "
                    + "kept here (items are Visit): recorded off site, newest first; scheduled for today or before.")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(anyOf = { VisitPage.class, DueVisitPage.class })))
    @APIResponse(responseCode = "404", description = "Township not visible to the caller", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "permits-service unreachable (DUE_TODAY, OVERDUE)", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Page<?> list(
            @Parameter(required = true, example = "369901100000") @QueryParam("township") @NotNull String township,
            @Parameter(required = true) @QueryParam("view") @NotNull VisitQueries.View view,
            @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        caller.require(READERS);
        VisitService.requireTownship(caller, township);
        if (view.due().isPresent()) {
            requireTownship(township);
            return due.list(township, HazardService.today(), view.due().get(), cursor, Cursor.limit(limit));
        }
        return queries.township(township, view, cursor, Cursor.limit(limit));
    }

    @GET
    @Path("/permits/{permitId}/visits")
    @Operation(summary = "A permit's visit timeline 许可的巡查时间线")
    @APIResponse(responseCode = "200", description = "One page, oldest first", content = @Content(schema = @Schema(implementation = VisitPage.class)))
    @APIResponse(responseCode = "404", description = "Permit of a township the caller may not see", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Page<VisitView> timeline(@PathParam("permitId") UUID permitId, @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit) {
        caller.require(READERS);
        int size = Cursor.limit(limit);
        List<Visit> rows = queries.timeline(permitId, cursor, size);
        if (!rows.isEmpty() && !caller.mayAccessTownship(rows.get(0).townshipCode)) {
            throw ProblemException.notFound("Permit", permitId);
        }
        boolean more = rows.size() > size;
        List<Visit> items = more ? rows.subList(0, size) : rows;
        return new Page<>(service.timelineViews(items), more
                ? Cursor.encode(items.get(items.size() - 1).timelineAt.toString(), items.get(items.size() - 1).id.toString())
                : null);
    }

    /** 404 for a township the caller may not see or that the county does not have. */
    private void requireTownship(String township) {
        VisitService.requireTownship(caller, township);
        if (!divisions.isTownship(township)) {
            throw ProblemException.notFound("Township", township);
        }
    }

    /** A page of visits, for the OpenAPI document. */
    @Schema(name = "VisitPage", requiredProperties = "items")
    public record VisitPage(List<VisitView> items, String nextCursor) {
    }

    /** A page of due visits, for the OpenAPI document. */
    @Schema(name = "InspectionDueVisitPage", requiredProperties = "items")
    public record DueVisitPage(List<DueVisit> items, String nextCursor) {
    }
}
