package org.anju.registry.crew;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.anju.common.audit.PersonalReads;
import org.anju.common.idempotency.IdempotentRequests;
import org.anju.common.identity.Masking;
import org.anju.common.openapi.AnjuOpenApiFilter;
import org.anju.common.paging.Page;
import org.anju.common.problem.Problem;
import org.anju.common.security.Caller;
import org.anju.registry.craftsman.Trade;
import org.anju.registry.qualification.QualificationState;
import org.anju.registry.support.Http;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Builder crews (施工队伍): filing, details, search, and the public list farmers choose from. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Crews", description = "施工队伍 Builder crews")
public class CrewResource {

    private final CrewService service;
    private final CrewViews views;
    private final CrewSearch search;
    private final IdempotentRequests idempotent;
    private final Caller caller;
    private final PersonalReads personalReads;

    public CrewResource(CrewService service, CrewViews views, CrewSearch search, IdempotentRequests idempotent,
            Caller caller, PersonalReads personalReads) {
        this.personalReads = personalReads;
        this.service = service;
        this.views = views;
        this.search = search;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    @POST
    @Path("/crews")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "fileCrew", summary = "File a crew 队伍登记备案",
            description = "Assigns the registration number (county-year-sequence). The crew starts FILED. A retry with the same Idempotency-Key replays the first answer.")
    @APIResponse(responseCode = "201", description = "Filed", headers = {
            @Header(name = "Location", description = "URL of the crew", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "ETag", description = "Version for If-Match", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CrewView.class)))
    @APIResponse(responseCode = "401", description = "No caller role", content = @Content(mediaType = Http.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role or township not allowed", content = @Content(mediaType = Http.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "craftsman-in-another-crew", content = @Content(mediaType = Http.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "unknown-township, credit-code-required, insurance-expired, leader-not-member, unknown-craftsman, idempotency-key-reused", content = @Content(mediaType = Http.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response file(@HeaderParam(IdempotentRequests.HEADER) String key, @NotNull @Valid CrewDetails body,
            @Context UriInfo uri) {
        return idempotent.execute(key, "POST /api/v1/crews " + caller.user(), body, () -> {
            Crew c = service.file(body, caller);
            return Http.created(Http.location(uri, "crews", c.id.toString()), c.version,
                    views.view(c, Masking.seesInFull(caller)));
        });
    }

    @GET
    @Path("/crews/{crewId}")
    @Operation(operationId = "getCrew", summary = "One crew with its members 队伍详情")
    @APIResponse(responseCode = "200", description = "The crew", headers = @Header(name = "ETag", description = "Version for If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CrewView.class)))
    @APIResponse(responseCode = "401", description = "No caller role", content = @Content(mediaType = Http.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such crew (or not in the caller's townships)", content = @Content(mediaType = Http.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("crewId") UUID id) {
        Crew c = service.get(id, caller);
        // a crew's record names its leader and members: a bureau's read is reported like a craftsman's
        personalReads.readBy(caller, "crew", id, "/api/v1/crews/" + id);
        return Http.ok(c.version, views.view(c, Masking.seesInFull(caller)));
    }

    @GET
    @Path("/crews/{crewId}/summary")
    @Operation(operationId = "getCrewSummary", summary = "A crew's public identity 队伍公开信息",
            description = "Name, registration number, kind, township, qualification status and credit score, as the "
                    + "public list shows them: no personal identifiers, no members. Any person's token may read any "
                    + "crew's, whatever its township (crews work across townships; a household file names its crew "
                    + "to every reader of the file). Not logged as a personal read: nothing personal is shown.")
    @APIResponse(responseCode = "200", description = "The crew's public identity",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CrewSummary.class)))
    @APIResponse(responseCode = "404", description = "No such crew", content = @Content(mediaType = Http.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public CrewSummary summary(@PathParam("crewId") UUID id) {
        return views.summary(service.anyTownship(id, caller));
    }

    @PUT
    @Path("/crews/{crewId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateCrew", summary = "Update a crew's details and members 修改队伍信息", description = "Send the ETag you read in If-Match.")
    @APIResponse(responseCode = "200", description = "Updated", headers = @Header(name = "ETag", description = "New version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CrewView.class)))
    @APIResponse(responseCode = "401", description = "No caller role", content = @Content(mediaType = Http.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role or township not allowed", content = @Content(mediaType = Http.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such crew", content = @Content(mediaType = Http.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "craftsman-in-another-crew, crew-revoked", content = @Content(mediaType = Http.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "stale-version: changed since read", content = @Content(mediaType = Http.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A business rule is broken", content = @Content(mediaType = Http.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = Http.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("crewId") UUID id,
            @Parameter(description = "ETag of the version the change is based on", example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid CrewDetails body) {
        Crew c = service.update(id, ifMatch, body, caller);
        return Http.ok(c.version, views.view(c, Masking.seesInFull(caller)));
    }

    @GET
    @Path("/crews")
    @Operation(operationId = "searchCrews", summary = "Search crews 查询队伍",
            description = "Filters combine (trade and skillLevel match an active member); ordered by name then id, or with qualificationExpiresBefore by expiry date (soonest first) then id; pass nextCursor back as cursor.")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CrewPage.class)))
    @APIResponse(responseCode = "400", description = "A filter that is not a township, status, trade, level, date, or a bad cursor or limit", content = @Content(mediaType = Http.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No caller role", content = @Content(mediaType = Http.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Page<CrewSummary> search(@Parameter(example = "369901101000") @QueryParam("townshipCode") String townshipCode,
            @Parameter(schema = @Schema(implementation = QualificationState.class)) @QueryParam("status") String status,
            @Parameter(schema = @Schema(implementation = Trade.class)) @QueryParam("trade") String trade,
            @Parameter(example = "4", schema = @Schema(type = SchemaType.INTEGER, minimum = "3", maximum = "5")) @QueryParam("skillLevel") String skillLevel,
            @Parameter(description = "Name fragment or registration number", example = "青石") @QueryParam("q") String q,
            @Parameter(description = "Only crews qualified today whose qualification expires on or before this day (资质即将到期), soonest first; already expired ones are status=EXPIRED", example = "2026-12-31", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("qualificationExpiresBefore") String expiresBefore,
            @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, default 20, at most 100", example = "20", schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) @QueryParam("limit") String limit) {
        CrewSearch.Filter f = filter(townshipCode, status, trade, skillLevel, q);
        return search.search(new CrewSearch.Filter(f.townshipCode(), f.status(), f.trade(), f.skillLevel(), f.q(),
                Http.date("qualificationExpiresBefore", expiresBefore, null)), cursor, Http.integer("limit", limit),
                caller);
    }

    @GET
    @Path("/public/crews")
    @PermitAll
    @Extension(name = AnjuOpenApiFilter.PUBLIC, value = "true")
    @Operation(operationId = "listPublicCrews", summary = "Public list of crews with status and credit score 公示队伍名录",
            description = "Anyone may read it; no personal identifiers. Best credit score first, then by id.")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CrewPage.class)))
    public Page<CrewSummary> publicList(@Parameter(example = "369901101000") @QueryParam("townshipCode") String townshipCode,
            @Parameter(schema = @Schema(implementation = QualificationState.class)) @QueryParam("status") String status,
            @Parameter(schema = @Schema(implementation = Trade.class)) @QueryParam("trade") String trade,
            @Parameter(example = "4", schema = @Schema(type = SchemaType.INTEGER, minimum = "3", maximum = "5")) @QueryParam("skillLevel") String skillLevel,
            @Parameter(description = "Name fragment or registration number", example = "青石") @QueryParam("q") String q,
            @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, default 20, at most 100", example = "20", schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) @QueryParam("limit") String limit) {
        return search.publicList(filter(townshipCode, status, trade, skillLevel, q), cursor,
                Http.integer("limit", limit));
    }

    private static CrewSearch.Filter filter(String townshipCode, String status, String trade, String skillLevel, String q) {
        return new CrewSearch.Filter(townshipCode, Http.enumValue("status", status, QualificationState.class),
                Http.enumValue("trade", trade, Trade.class), Http.integer("skillLevel", skillLevel), q);
    }

    /** The OpenAPI shape of a page of crews. */
    @Schema(name = "CrewPage", requiredProperties = "items")
    public record CrewPage(List<CrewSummary> items, String nextCursor) {
    }
}
