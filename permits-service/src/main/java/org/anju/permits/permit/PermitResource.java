package org.anju.permits.permit;

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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.anju.common.concurrency.Versions;
import org.anju.common.idempotency.IdempotentRequests;
import org.anju.common.paging.Page;
import org.anju.common.problem.FieldViolation;
import org.anju.common.problem.Problem;
import org.anju.common.problem.ProblemException;
import org.anju.common.security.Caller;
import org.anju.common.security.Role;
import org.anju.permits.lifecycle.PermitState;
import org.anju.permits.query.OverdueView;
import org.anju.permits.query.PermitQueries;
import org.anju.permits.query.PermitSummary;
import org.anju.permits.query.StateCount;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Applications: file a draft, correct it, read one, list, overdue work, counts. */
@Path("/api/v1/permits")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Permits 农房建设审批")
public class PermitResource {

    private static final Role[] INTAKE = { Role.VILLAGE_REVIEWER, Role.TOWNSHIP_OFFICER, Role.COUNTY_CLERK };

    private final PermitService permits;
    private final PermitQueries queries;
    private final IdempotentRequests idempotent;
    private final Caller caller;

    public PermitResource(PermitService permits, PermitQueries queries, IdempotentRequests idempotent, Caller caller) {
        this.permits = permits;
        this.queries = queries;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "File an application (draft) 填报建房申请")
    @APIResponse(responseCode = "201", description = "Draft created", content = @Content(schema = @Schema(implementation = PermitView.class)))
    @APIResponse(responseCode = "403", description = "Role not allowed",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown household, site not in its village, or Idempotency-Key reused",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response create(@HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull ApplicationForm form) {
        caller.require(INTAKE);
        return idempotent.execute(idempotencyKey, "POST /api/v1/permits " + caller.user(), form, () -> {
            PermitView v = permits.create(form, caller);
            return Response.created(URI.create("/api/v1/permits/" + v.id())).tag(Versions.etag(v.version())).entity(v)
                    .build();
        });
    }

    @GET
    @Path("/{permitId}")
    @Operation(summary = "One build with its documents and visits 查看建房申请")
    @APIResponse(responseCode = "200", description = "The build, with ETag", content = @Content(schema = @Schema(implementation = PermitView.class)))
    @APIResponse(responseCode = "404", description = "Unknown, or in another township",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("permitId") UUID id) {
        caller.require(Role.people());
        Permit p = permits.visible(id, caller);
        return Response.ok(permits.view(p)).tag(Versions.etag(p.version)).build();
    }

    @PUT
    @Path("/{permitId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct a draft (If-Match) 修改草稿")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = PermitView.class)))
    @APIResponse(responseCode = "404", description = "Unknown, or in another township",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not a draft any more",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown household or site not in its village",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("permitId") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(description = "Makes a retry after a lost answer safe (the first answer is replayed)")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull ApplicationForm form) {
        caller.require(INTAKE);
        return idempotent.execute(idempotencyKey, "PUT /api/v1/permits/" + id + " " + caller.user(), form, () -> {
            PermitView v = permits.update(id, ifMatch, form, caller);
            return Response.ok(v).tag(Versions.etag(v.version())).build();
        });
    }

    @GET
    @Operation(summary = "List builds 建房申请列表",
            description = "Newest first, keyset-paginated; limited to the caller's townships (another township's "
                    + "builds never appear, whatever the filters). Each item names its household and the head of it.")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = PermitPage.class)))
    @APIResponse(responseCode = "400", description = "household not a UUID, bad cursor or limit",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Page<PermitSummary> list(@QueryParam("township") @Parameter(example = "369901100000") String township,
            @QueryParam("village") @Parameter(example = "369901100201") String village,
            @QueryParam("state") PermitState state, @QueryParam("track") Track track,
            @QueryParam("submittedFrom") @Parameter(description = "Intake on or after", example = "2026-11-01") LocalDate from,
            @QueryParam("submittedTo") @Parameter(description = "Intake on or before", example = "2026-11-30") LocalDate to,
            @QueryParam("overdue") @Parameter(description = "Only builds past a time limit") boolean overdue,
            @QueryParam("household") @Parameter(description = "Only this household's builds (一户一档), newest first",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                            format = "uuid")) String household,
            @QueryParam("q") @Parameter(description = "Search, case-insensitive: an application, book or certificate "
                    + "number (exact or its beginning), or part of the household head's name", example = "建国") String q,
            @QueryParam("cursor") String cursor, @QueryParam("limit") @Parameter(example = "20") Integer limit) {
        caller.require(Role.people());
        return queries.list(new PermitQueries.Filter(township, village, state, track, from, to, overdue,
                uuid("household", household), q), cursor, limit, caller);
    }

    private static UUID uuid(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(new FieldViolation(field, "uuid", field + " must be a UUID",
                    field + " 须为 UUID", value));
        }
    }

    @GET
    @Path("/overdue")
    @Operation(summary = "Builds past their time limits 超期未办",
            description = "Site survey within 3 working days of intake, decision within 10 (county calendar).")
    @APIResponse(responseCode = "200", description = "One page, oldest intake first",
            content = @Content(schema = @Schema(implementation = OverduePage.class)))
    public Page<OverdueView> overdue(@QueryParam("township") @Parameter(example = "369901100000") String township,
            @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        caller.require(Role.people());
        return queries.overdue(township, cursor, limit, caller);
    }

    @GET
    @Path("/counts")
    @Operation(summary = "Counts by township and state 按乡镇和状态统计")
    @APIResponse(responseCode = "200", description = "Counts", content = @Content(schema = @Schema(implementation = StateCount.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    public List<StateCount> counts(@QueryParam("township") String township) {
        caller.require(Role.people());
        return queries.counts(township, caller);
    }

    /** OpenAPI shape of a page of builds. */
    @Schema(name = "PermitPage")
    public record PermitPage(List<PermitSummary> items, String nextCursor) {
    }

    /** OpenAPI shape of a page of overdue builds. */
    @Schema(name = "OverduePage")
    public record OverduePage(List<OverdueView> items, String nextCursor) {
    }
}
