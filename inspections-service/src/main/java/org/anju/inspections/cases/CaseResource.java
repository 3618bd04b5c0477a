package org.anju.inspections.cases;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
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

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.anju.common.concurrency.Versions;
import org.anju.common.idempotency.IdempotentRequests;
import org.anju.common.paging.Cursor;
import org.anju.common.paging.Page;
import org.anju.common.problem.Problem;
import org.anju.common.problem.ProblemException;
import org.anju.common.security.Caller;
import org.anju.common.security.Role;

/** Illegal construction cases (违法建设案件): open, move through their states, list by state. */
@Path("/api/v1/cases")
@Tag(name = "Illegal construction cases 违法建设案件")
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {

    private static final String PROBLEM = "application/problem+json";

    private final CaseService service;
    private final IdempotentRequests idempotent;
    private final Caller caller;

    public CaseResource(CaseService service, IdempotentRequests idempotent, Caller caller) {
        this.service = service;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    /** Moves a case to its next state. */
    @Schema(name = "CaseTransition", requiredProperties = "to")
    public record Transition(@NotNull CaseState to,
            @Size(max = 2000) @Schema(examples = "已下达责令停止建设通知书") String note) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a case 立案")
    @APIResponse(responseCode = "201", description = "Opened", content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "200", description = "Already known (same client id)", content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "404", description = "Township not visible to the caller", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown township or village, permit missing", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response open(@Valid @NotNull OpenCase body,
            @Parameter(description = "Makes retries safe") @HeaderParam(IdempotentRequests.HEADER) String key) {
        Role role = caller.require(Role.INSPECTOR, Role.TOWNSHIP_OFFICER);
        return idempotent.execute(key, "POST /api/v1/cases " + caller.user(), body, () -> {
            var known = service.known(body.id());
            if (known.isPresent()) {
                return Response.ok(known.get()).build();
            }
            CaseView c = service.open(body, caller.user(), role.wireName(), caller::mayAccessTownship);
            return Response.created(URI.create("/api/v1/cases/" + c.id())).entity(c).tag(Versions.etag(c.version()))
                    .build();
        });
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One case with its history 案件详情")
    @APIResponse(responseCode = "200", description = "The case", content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "404", description = "No such case in the caller's townships", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        caller.require(Role.people());
        IllegalCase c = service.find(id).filter(x -> caller.mayAccessTownship(x.townshipCode))
                .orElseThrow(() -> ProblemException.notFound("Case", id));
        return Response.ok(service.view(c)).tag(Versions.etag(c.version)).build();
    }

    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move a case to its next state 变更案件状态", description = "OPEN -> ORDERED_TO_STOP -> "
            + "RECTIFIED | DEMOLISHED -> CLOSED.")
    @APIResponse(responseCode = "200", description = "Moved", content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "404", description = "No such case", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Transition not allowed from the current state", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response move(@PathParam("id") UUID id, @Valid @NotNull Transition body,
            @Parameter(description = "ETag of the case") @HeaderParam("If-Match") String ifMatch) {
        Role role = caller.require(Role.INSPECTOR, Role.TOWNSHIP_OFFICER);
        CaseView c = service.move(id, body.to(), body.note(), ifMatch, caller.user(), role.wireName(),
                caller::mayAccessTownship);
        return Response.ok(c).tag(Versions.etag(c.version())).build();
    }

    @GET
    @Operation(summary = "A township's cases in a state 按状态列出乡镇案件")
    @APIResponse(responseCode = "200", description = "One page, oldest first", content = @Content(schema = @Schema(implementation = CasePage.class)))
    @APIResponse(responseCode = "404", description = "Township not visible to the caller", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Page<CaseView> list(
            @Parameter(required = true, example = "369901200000") @QueryParam("township") @NotNull String township,
            @Parameter(required = true) @QueryParam("state") @NotNull CaseState state,
            @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        caller.require(Role.people());
        if (!caller.mayAccessTownship(township)) {
            throw ProblemException.notFound("Township", township);
        }
        int size = Cursor.limit(limit);
        List<JsonNode> after = Cursor.decode(cursor, 2);
        List<IllegalCase> rows = service.byState(township, state,
                after.isEmpty() ? null : OffsetDateTime.parse(after.get(0).asText()),
                after.isEmpty() ? null : UUID.fromString(after.get(1).asText()), size + 1);
        boolean more = rows.size() > size;
        List<IllegalCase> items = more ? rows.subList(0, size) : rows;
        IllegalCase last = items.isEmpty() ? null : items.get(items.size() - 1);
        return new Page<>(items.stream().map(c -> CaseView.of(c, null)).toList(),
                more ? Cursor.encode(last.openedAt.toString(), last.id.toString()) : null);
    }

    /** A page of cases, for the OpenAPI document. */
    @Schema(name = "CasePage", requiredProperties = "items")
    public record CasePage(List<CaseView> items, String nextCursor) {
    }
}
