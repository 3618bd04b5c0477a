package org.anju.inspections.hazard;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

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

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.anju.common.concurrency.Versions;
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
import org.anju.inspections.visit.VisitService;

/** Hazards found on visits and their rectification notices: record, re-check, list open ones by deadline. */
@Path("/api/v1")
@Tag(name = "Hazards 隐患与整改")
@Produces(MediaType.APPLICATION_JSON)
public class HazardResource {

    private static final Role[] READERS = { Role.INSPECTOR, Role.TOWNSHIP_OFFICER, Role.COUNTY_CLERK,
            Role.COUNTY_ADMIN, Role.BUREAU_READER };

    private final HazardService service;
    private final HazardRepository hazards;
    private final NoticeRepository notices;
    private final VisitRepository visits;
    private final IdempotentRequests idempotent;
    private final Caller caller;

    public HazardResource(HazardService service, HazardRepository hazards, NoticeRepository notices,
            VisitRepository visits, IdempotentRequests idempotent, Caller caller) {
        this.service = service;
        this.hazards = hazards;
        this.notices = notices;
        this.visits = visits;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    @POST
    @Path("/visits/{visitId}/hazards")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a hazard with its rectification notice 记录隐患并下达整改通知", description = "A "
            + "critical hazard, an unqualified crew or a deviation from the permit also issues a stop-work notice.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = HazardView.class)))
    @APIResponse(responseCode = "200", description = "Already known (same client id)", content = @Content(schema = @Schema(implementation = HazardView.class)))
    @APIResponse(responseCode = "404", description = "No such visit", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A stop-work notice is already in force", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Visit not on site, deadline in the past", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response record(@PathParam("visitId") UUID visitId, @Valid @NotNull NewHazard body,
            @Parameter(description = "Makes retries safe") @HeaderParam(IdempotentRequests.HEADER) String key) {
        caller.require(Role.INSPECTOR, Role.TOWNSHIP_OFFICER);
        return idempotent.execute(key, "POST hazards " + caller.user(), body, () -> {
            var known = service.known(body.id());
            if (known.isPresent()) {
                return Response.ok(known.get()).build();
            }
            HazardView h = service.record(visit(visitId), body, null, caller.user());
            return Response.created(URI.create("/api/v1/hazards/" + h.id())).entity(h).build();
        });
    }

    @GET
    @Path("/hazards")
    @Operation(operationId = "listHazardsOfPermit", summary = "A build's hazards, oldest first 许可的全部隐患",
            description = "Every hazard found on the build's visits, open and closed, each with its rectification "
                    + "notice and the stop-work notice it caused, oldest first (found at, then id).")
    @APIResponse(responseCode = "200", description = "One page, oldest first", content = @Content(schema = @Schema(implementation = HazardPage.class)))
    @APIResponse(responseCode = "400", description = "Permit missing, bad cursor or limit", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Permit of a township the caller may not see", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Page<HazardView> ofPermit(
            @Parameter(required = true, description = "The build (permit id)", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("permit") @NotNull String permit,
            @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, default 20, at most 100") @QueryParam("limit") Integer limit) {
        caller.require(READERS);
        UUID permitId = PermitLists.permit(permit);
        int size = Cursor.limit(limit);
        List<JsonNode> after = Cursor.decode(cursor, 2);
        List<Hazard> rows = hazards.ofPermit(permitId, after.isEmpty() ? null : time(after.get(0)),
                after.isEmpty() ? null : id(after.get(1)), size + 1);
        PermitLists.requireVisible(caller, permitId, rows.stream().limit(1).map(h -> h.townshipCode).toList());
        boolean more = rows.size() > size;
        List<Hazard> items = more ? rows.subList(0, size) : rows;
        Hazard last = items.isEmpty() ? null : items.get(items.size() - 1);
        return new Page<>(service.views(items), more ? Cursor.encode(last.createdAt.toString(), last.id.toString())
                : null);
    }

    @GET
    @Path("/hazards/{id}")
    @Operation(summary = "One hazard with its notice 隐患详情")
    @APIResponse(responseCode = "200", description = "The hazard, with its version as ETag", content = @Content(schema = @Schema(implementation = HazardView.class)))
    @APIResponse(responseCode = "404", description = "No such hazard in the caller's townships", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        caller.require(READERS);
        HazardView v = service.view(hazards.findByIdOptional(id).filter(h -> caller.mayAccessTownship(h.townshipCode))
                .orElseThrow(() -> ProblemException.notFound("Hazard", id)));
        return Response.ok(v).tag(Versions.etag(v.version())).build();
    }

    @POST
    @Path("/hazards/{id}/void")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Void a confirmed hazard (county admin) 撤销隐患（县住建局）", description = "county_admin only, "
            + "with If-Match (the hazard's ETag) and a reason. The hazard keeps its record and reads VOIDED with who "
            + "voided it, when and why; its rectification notice, if still open, is closed as VOIDED; registry-service "
            + "hears hazard.voided through the outbox and gives back the credit points the hazard cost the crew and "
            + "its leader (a new entry in their credit history; the deduction stays). A stop-work notice the hazard "
            + "caused stays in force until a passed on-site re-check lifts it. Nothing is deleted.")
    @APIResponse(responseCode = "200", description = "Voided; the hazard with its notice", content = @Content(schema = @Schema(implementation = HazardView.class)))
    @APIResponse(responseCode = "400", description = "validation: reason missing or longer than 500 characters", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No token", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a county admin", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such hazard", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "hazard-already-voided", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response voidHazard(@PathParam("id") UUID id, @Valid @NotNull VoidHazard body,
            @Parameter(description = "ETag of the hazard") @HeaderParam("If-Match") String ifMatch) {
        caller.require(Role.COUNTY_ADMIN);
        HazardView v = service.voidHazard(id, body, ifMatch, caller.user(), caller::mayAccessTownship);
        return Response.ok(v).tag(Versions.etag(v.version())).build();
    }

    @POST
    @Path("/rectification-notices/{id}/recheck")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Apply a re-check: close out or extend 复查：销号或延期")
    @APIResponse(responseCode = "200", description = "The notice after the re-check", content = @Content(schema = @Schema(implementation = NoticeView.class)))
    @APIResponse(responseCode = "404", description = "No such notice or visit", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "notice-closed (already closed out) or notice-voided (its hazard was voided)", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "No passed on-site re-check, deadline in the past", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response recheck(@PathParam("id") UUID id, @Valid @NotNull Recheck body,
            @Parameter(description = "ETag of the notice") @HeaderParam("If-Match") String ifMatch) {
        caller.require(Role.INSPECTOR, Role.TOWNSHIP_OFFICER);
        NoticeView v = service.recheck(id, body, ifMatch, caller::mayAccessTownship);
        return Response.ok(v).tag(Versions.etag(v.version())).build();
    }

    @GET
    @Path("/rectification-notices")
    @Operation(operationId = "listRectificationNotices",
            summary = "A township's open notices by deadline, or every notice of a build 乡镇未销号整改通知（按期限）或许可的全部整改通知",
            description = "Give `township` or `permit`, not both. With `township`: its open notices, earliest "
                    + "deadline first (deadline, then id). With `permit`: the build's notices in every state (open "
                    + "and closed out), or in the one `status` names, oldest first (issued at, then id). `overdue` "
                    + "keeps only open notices past their deadline.")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = NoticePage.class)))
    @APIResponse(responseCode = "400", description = "Neither or both of township and permit, bad status, cursor or limit", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Township, or permit of a township, the caller may not see", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Page<NoticeView> list(
            @Parameter(description = "A township: its open notices (give this or permit)", example = "369901100000") @QueryParam("township") String township,
            @Parameter(description = "A build (permit id): all its notices (give this or township)", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("permit") String permitId,
            @Parameter(description = "With permit: OPEN or CLOSED only; every state when absent") @QueryParam("status") String status,
            @Parameter(description = "Only open notices past their deadline") @QueryParam("overdue") boolean overdue,
            @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, default 20, at most 100") @QueryParam("limit") Integer limit) {
        caller.require(READERS);
        UUID permit = PermitLists.permit(permitId);
        PermitLists.requireTownshipOrPermit(township, permit);
        int size = Cursor.limit(limit);
        List<JsonNode> after = Cursor.decode(cursor, 2);
        LocalDate today = HazardService.today();
        if (permit != null) {
            List<RectificationNotice> rows = notices.ofPermit(permit, status(status), overdue, today,
                    after.isEmpty() ? null : time(after.get(0)), after.isEmpty() ? null : id(after.get(1)), size + 1);
            PermitLists.requireVisible(caller, permit, rows.stream().limit(1).map(n -> n.townshipCode).toList());
            return page(rows, size, today, n -> Cursor.encode(n.issuedAt.toString(), n.id.toString()));
        }
        if (status != null && !"OPEN".equals(status.trim())) {
            throw ProblemException.invalid(new FieldViolation("status", "township-lists-open-notices",
                    "A township's list holds open notices only; ask by permit for closed ones",
                    "乡镇列表仅含未销号的整改通知；已销号的请按许可查询", status));
        }
        VisitService.requireTownship(caller, township);
        List<RectificationNotice> rows = notices.open(township, overdue, today,
                after.isEmpty() ? null : date(after.get(0)), after.isEmpty() ? null : id(after.get(1)), size + 1);
        return page(rows, size, today, n -> Cursor.encode(n.deadline.toString(), n.id.toString()));
    }

    private static Page<NoticeView> page(List<RectificationNotice> rows, int size, LocalDate today,
            Function<RectificationNotice, String> cursorOf) {
        boolean more = rows.size() > size;
        List<RectificationNotice> items = more ? rows.subList(0, size) : rows;
        return new Page<>(items.stream().map(n -> NoticeView.of(n, today)).toList(),
                more ? cursorOf.apply(items.get(items.size() - 1)) : null);
    }

    private static RectificationNotice.Status status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return RectificationNotice.Status.valueOf(status.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(new FieldViolation("status", "one-of", "status must be OPEN or CLOSED",
                    "status 须为 OPEN 或 CLOSED", status));
        }
    }

    static OffsetDateTime time(JsonNode key) {
        try {
            return OffsetDateTime.parse(key.asText());
        } catch (DateTimeParseException e) {
            throw badCursor();
        }
    }

    private static LocalDate date(JsonNode key) {
        try {
            return LocalDate.parse(key.asText());
        } catch (DateTimeParseException e) {
            throw badCursor();
        }
    }

    static UUID id(JsonNode key) {
        try {
            return UUID.fromString(key.asText());
        } catch (IllegalArgumentException e) {
            throw badCursor();
        }
    }

    private static ProblemException badCursor() {
        return ProblemException.invalid(new FieldViolation("cursor", "cursor-format",
                "cursor is not one this list handed out", "分页游标无效"));
    }

    private Visit visit(UUID id) {
        return visits.findByIdOptional(id).filter(v -> caller.mayAccessTownship(v.townshipCode))
                .orElseThrow(() -> ProblemException.notFound("Visit", id));
    }

    /** A page of hazards, for the OpenAPI document. */
    @Schema(name = "HazardPage", requiredProperties = "items")
    public record HazardPage(List<HazardView> items, String nextCursor) {
    }

    /** A page of notices, for the OpenAPI document. */
    @Schema(name = "NoticePage", requiredProperties = "items")
    public record NoticePage(List<NoticeView> items, String nextCursor) {
    }
}
