package org.anju.registry.craftsman;

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
import org.anju.common.problem.ProblemException;
import org.anju.common.security.Caller;
import org.anju.common.security.Role;
import org.anju.registry.credit.CreditResource;
import org.anju.registry.credit.CreditService;
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


/** Craftsmen (乡村建设工匠): register, read, update, search, training records. */
@Path("/api/v1/craftsmen")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Craftsmen", description = "乡村建设工匠 Rural craftsmen")
public class CraftsmanResource {

    private final CraftsmanService service;
    private final CraftsmanViews views;
    private final CraftsmanSearch search;
    private final IdempotentRequests idempotent;
    private final Caller caller;
    private final CraftsmanRepository repository;
    private final CreditService credit;
    private final PersonalReads personalReads;

    public CraftsmanResource(CraftsmanService service, CraftsmanViews views, CraftsmanSearch search,
            IdempotentRequests idempotent, Caller caller, CraftsmanRepository repository, CreditService credit,
            PersonalReads personalReads) {
        this.personalReads = personalReads;
        this.repository = repository;
        this.credit = credit;
        this.service = service;
        this.views = views;
        this.search = search;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerCraftsman", summary = "Register a craftsman 登记工匠",
            description = "county_admin, county_clerk, or township_officer of his home township. A retry with the same Idempotency-Key replays the first answer.")
    @APIResponse(responseCode = "201", description = "Registered", headers = {
            @Header(name = "Location", description = "URL of the craftsman", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            @Header(name = "ETag", description = "Version for If-Match", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CraftsmanView.class)))
    @APIResponse(responseCode = "401", description = "No caller role", content = @Content(mediaType = Http.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role or township not allowed", content = @Content(mediaType = Http.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "duplicate-resident-id: already registered", content = @Content(mediaType = Http.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "unknown-township, unknown-village, village-not-in-township, certificate-required, idempotency-key-reused", content = @Content(mediaType = Http.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response register(@HeaderParam(IdempotentRequests.HEADER) String key, @NotNull @Valid RegisterCraftsman body,
            @Context UriInfo uri) {
        return idempotent.execute(key, "POST /api/v1/craftsmen " + caller.user(), body, () -> {
            Craftsman c = service.register(body, caller);
            return Http.created(Http.location(uri, "craftsmen", c.id.toString()), c.version,
                    views.view(c, Masking.seesInFull(caller)));
        });
    }

    @GET
    @Path("/{craftsmanId}")
    @Operation(operationId = "getCraftsman", summary = "One craftsman 工匠详情",
            description = "Resident ID and phone are masked except for county_admin. Township roles see their own townships only.")
    @APIResponse(responseCode = "200", description = "The craftsman", headers = @Header(name = "ETag", description = "Version for If-Match", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CraftsmanView.class)))
    @APIResponse(responseCode = "401", description = "No caller role", content = @Content(mediaType = Http.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such craftsman (or not in the caller's townships)", content = @Content(mediaType = Http.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("craftsmanId") UUID id) {
        Craftsman c = service.get(id, caller);
        personalReads.readBy(caller, "craftsman", id, "/api/v1/craftsmen/" + id);
        return Http.ok(c.version, views.view(c, Masking.seesInFull(caller)));
    }

    @PUT
    @Path("/{craftsmanId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateCraftsman", summary = "Update a craftsman 修改工匠信息", description = "Send the ETag you read in If-Match.")
    @APIResponse(responseCode = "200", description = "Updated", headers = @Header(name = "ETag", description = "New version", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CraftsmanView.class)))
    @APIResponse(responseCode = "401", description = "No caller role", content = @Content(mediaType = Http.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role or township not allowed", content = @Content(mediaType = Http.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such craftsman", content = @Content(mediaType = Http.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "stale-version: changed since read", content = @Content(mediaType = Http.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A business rule is broken", content = @Content(mediaType = Http.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = Http.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("craftsmanId") UUID id,
            @Parameter(description = "ETag of the version the change is based on", example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid UpdateCraftsman body) {
        Craftsman c = service.update(id, ifMatch, body, caller);
        return Http.ok(c.version, views.view(c, Masking.seesInFull(caller)));
    }

    @GET
    @Operation(operationId = "searchCraftsmen", summary = "Search craftsmen 查询工匠",
            description = "Filters combine; ordered by name then id; pass nextCursor back as cursor. status is that of his current crew.")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CraftsmanPage.class)))
    @APIResponse(responseCode = "401", description = "No caller role", content = @Content(mediaType = Http.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Page<CraftsmanView> search(
            @Parameter(example = "369901100000") @QueryParam("townshipCode") String townshipCode,
            @Parameter(schema = @Schema(implementation = QualificationState.class)) @QueryParam("status") String status,
            @Parameter(schema = @Schema(implementation = Trade.class)) @QueryParam("trade") String trade,
            @Parameter(example = "4", schema = @Schema(type = SchemaType.INTEGER, minimum = "3", maximum = "5")) @QueryParam("skillLevel") String skillLevel,
            @Parameter(description = "Name fragment", example = "张") @QueryParam("q") String q,
            @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, default 20, at most 100", example = "20", schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) @QueryParam("limit") String limit) {
        return search.search(filter(townshipCode, status, trade, skillLevel, q), cursor,
                Http.integer("limit", limit),
                caller);
    }

    @POST
    @Path("/{craftsmanId}/training-records")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addTrainingRecord", summary = "Record a completed course 登记培训记录")
    @APIResponse(responseCode = "201", description = "Recorded", headers = @Header(name = "Location", description = "URL of the record", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TrainingRecordView.class)))
    @APIResponse(responseCode = "401", description = "No caller role", content = @Content(mediaType = Http.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role or township not allowed", content = @Content(mediaType = Http.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such craftsman", content = @Content(mediaType = Http.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "training-date-in-future, idempotency-key-reused", content = @Content(mediaType = Http.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response addTraining(@PathParam("craftsmanId") UUID id, @HeaderParam(IdempotentRequests.HEADER) String key,
            @NotNull @Valid AddTrainingRecord body, @Context UriInfo uri) {
        return idempotent.execute(key, "POST /api/v1/craftsmen/" + id + "/training-records " + caller.user(), body,
                () -> {
                    TrainingRecord t = service.addTraining(id, body, caller);
                    return Response.created(Http.location(uri, "craftsmen", id.toString(), "training-records",
                            t.id.toString())).entity(TrainingRecordView.of(t)).build();
                });
    }

    @GET
    @Path("/{craftsmanId}/training-records")
    @Operation(operationId = "listTrainingRecords", summary = "A craftsman's training records, newest first 培训记录")
    @APIResponse(responseCode = "200", description = "The records", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TrainingRecordView.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    @APIResponse(responseCode = "401", description = "No caller role", content = @Content(mediaType = Http.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such craftsman", content = @Content(mediaType = Http.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public List<TrainingRecordView> training(@PathParam("craftsmanId") UUID id) {
        return service.training(id, caller).stream().map(TrainingRecordView::of).toList();
    }

    @GET
    @Path("/{craftsmanId}/training-records/{recordId}")
    @Operation(operationId = "getTrainingRecord", summary = "One training record")
    @APIResponse(responseCode = "200", description = "The record", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TrainingRecordView.class)))
    @APIResponse(responseCode = "401", description = "No caller role", content = @Content(mediaType = Http.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such craftsman or record", content = @Content(mediaType = Http.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public TrainingRecordView trainingRecord(@PathParam("craftsmanId") UUID id, @PathParam("recordId") UUID recordId) {
        return service.training(id, caller).stream().filter(t -> t.id.equals(recordId)).findFirst()
                .map(TrainingRecordView::of).orElseThrow(() -> ProblemException.notFound("Training record", recordId));
    }

    @GET
    @Path("/{craftsmanId}/credit-history")
    @PermitAll
    @Extension(name = AnjuOpenApiFilter.PUBLIC, value = "true")
    @Operation(operationId = "getCraftsmanCreditHistory", summary = "A craftsman's score history, newest first 工匠信用记录")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreditResource.CreditPage.class)))
    @APIResponse(responseCode = "404", description = "No such craftsman", content = @Content(mediaType = Http.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Page<org.anju.registry.credit.CreditEntry> creditHistory(@PathParam("craftsmanId") UUID id, @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, default 20, at most 100", example = "20", schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) @QueryParam("limit") String limit) {
        if (repository.findByIdOptional(id).isEmpty()) {
            throw ProblemException.notFound("Craftsman", id);
        }
        return credit.history(org.anju.registry.credit.CreditRecord.Subject.CRAFTSMAN, id, cursor, Http.integer("limit", limit));
    }

    private static CraftsmanSearch.Filter filter(String townshipCode, String status, String trade, String skillLevel, String q) {
        return new CraftsmanSearch.Filter(townshipCode, Http.enumValue("status", status, QualificationState.class),
                Http.enumValue("trade", trade, Trade.class), Http.integer("skillLevel", skillLevel), q);
    }

    /** The OpenAPI shape of a page of craftsmen. */
    @Schema(name = "CraftsmanPage", requiredProperties = "items")
    public record CraftsmanPage(List<CraftsmanView> items, String nextCursor) {
    }
}
