package org.anju.registry.credit;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.anju.common.openapi.AnjuOpenApiFilter;
import org.anju.common.paging.Page;
import org.anju.common.problem.Problem;
import org.anju.common.problem.ProblemException;
import org.anju.registry.crew.CrewRepository;
import org.anju.registry.support.Http;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public credit-score histories (信用记录) of crews; a craftsman's is served beside his record. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Credit", description = "信用分 Credit scores")
public class CreditResource {

    private final CreditService credit;
    private final CrewRepository crews;

    public CreditResource(CreditService credit, CrewRepository crews) {
        this.credit = credit;
        this.crews = crews;
    }

    @GET
    @Path("/crews/{crewId}/credit-history")
    @PermitAll
    @Extension(name = AnjuOpenApiFilter.PUBLIC, value = "true")
    @Operation(operationId = "getCrewCreditHistory", summary = "A crew's score history, newest first 队伍信用记录")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreditPage.class)))
    @APIResponse(responseCode = "404", description = "No such crew", content = @Content(mediaType = Http.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Page<CreditEntry> crew(@PathParam("crewId") UUID id, @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, default 20, at most 100", example = "20", schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) @QueryParam("limit") String limit) {
        if (crews.findByIdOptional(id).isEmpty()) {
            throw ProblemException.notFound("Crew", id);
        }
        return credit.history(CreditRecord.Subject.CREW, id, cursor, Http.integer("limit", limit));
    }

    /** The OpenAPI shape of a page of credit entries. */
    @Schema(name = "CreditPage", requiredProperties = "items")
    public record CreditPage(List<CreditEntry> items, String nextCursor) {
    }
}
