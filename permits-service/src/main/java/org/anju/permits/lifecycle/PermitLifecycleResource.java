package org.anju.permits.lifecycle;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.anju.common.concurrency.Versions;
import org.anju.common.idempotency.IdempotentRequests;
import org.anju.common.problem.Problem;
import org.anju.common.security.Caller;
import org.anju.common.security.Role;
import org.anju.permits.document.DocumentKind;
import org.anju.permits.permit.Permit;
import org.anju.permits.permit.PermitService;
import org.anju.permits.permit.PermitView;
import org.anju.permits.visit.SiteView;
import org.anju.permits.visit.Visits;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Moves a build through its lifecycle and shows its history and its site for inspectors. */
@Path("/api/v1/permits")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Permit lifecycle 审批流程")
public class PermitLifecycleResource {

    private final PermitService permits;
    private final PermitLifecycle lifecycle;
    private final ReissueService reissue;
    private final History history;
    private final Visits visits;
    private final IdempotentRequests idempotent;
    private final Caller caller;

    public PermitLifecycleResource(PermitService permits, PermitLifecycle lifecycle, ReissueService reissue,
            History history, Visits visits, IdempotentRequests idempotent, Caller caller) {
        this.idempotent = idempotent;
        this.permits = permits;
        this.lifecycle = lifecycle;
        this.reissue = reissue;
        this.history = history;
        this.visits = visits;
        this.caller = caller;
    }

    @POST
    @Path("/{permitId}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move the build on (If-Match) 办理流转",
            description = "Actions: submit, village-review (noticeStartedOn), survey, issue-book, issue-certificate "
                    + "(pledgeSigned; reserves one of the crew's job slots in registry-service: 409 crew-at-capacity "
                    + "naming activeJobs and maxConcurrentJobs), assign-crew (crewId, reason, optional plannedStartOn; "
                    + "pledgeSigned for a new crew of a PERMITTED build; allowed in BOOK_ISSUED and PERMITTED, the "
                    + "state does not change; in PERMITTED the job slot moves to the new crew), start-construction, "
                    + "complete, archive, reject/withdraw/suspend/resume/revoke (reason). Each has its role (township "
                    + "below the limit, county above it) and guards; the whole table is docs/lifecycle.md. The answer "
                    + "to submit lists warnings (crew-missing, planned-start-missing, layer-missing where the county "
                    + "only warns). Submitting classes the build: above the limit (限额以上) when any county threshold "
                    + "is reached — storeys ≥ aboveStoreys (default 3), floor area ≥ aboveFloorArea (300 m²) or "
                    + "investment ≥ aboveInvestment (¥300,000), see GET /api/v1/county-rules; the answer's "
                    + "aboveLimitBecause names the thresholds. While a stop-work notice is in force only suspend, assign-crew, "
                    + "reject, withdraw and revoke are allowed (409 stop-work-in-force).")
    @APIResponse(responseCode = "200", description = "Moved (assign-crew: changed in place)", content = @Content(schema = @Schema(implementation = PermitView.class)))
    @APIResponse(responseCode = "403", description = "Role may not take this action",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown, or in another township",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "transition-not-allowed from the current state (names currentState and allowedActions), or crew-at-capacity (names activeJobs and maxConcurrentJobs)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Rules violated: every one listed in errors and violations",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "registry-service unavailable: certificate not issued, crew not changed",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response transition(@PathParam("permitId") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(description = "Makes a retry after a lost answer safe: the first answer is replayed instead "
                    + "of a 412 for the now stale If-Match") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull TransitionRequest request) {
        Role role = caller.require(Role.VILLAGE_REVIEWER, Role.TOWNSHIP_OFFICER, Role.COUNTY_CLERK, Role.COUNTY_ADMIN);
        return idempotent.execute(idempotencyKey, "POST /api/v1/permits/" + id + "/transitions " + caller.user(),
                request, () -> {
                    Permit p = permits.visible(id, caller);
                    Permit moved = lifecycle.apply(p, ifMatch, request,
                            new History.Actor(caller.user(), role.wireName()), role);
                    PermitView view = permits.view(moved);
                    if (request.action() == Action.SUBMIT) {
                        view = view.withWarnings(lifecycle.warningsAtSubmission(moved));
                    }
                    return Response.ok(view).tag(Versions.etag(moved.version)).build();
                });
    }

    @GET
    @Path("/{permitId}/history")
    @Operation(summary = "The build's append-only history 流转记录")
    @APIResponse(responseCode = "200", description = "Entries oldest first, with chain check",
            content = @Content(schema = @Schema(implementation = HistoryView.class)))
    @APIResponse(responseCode = "404", description = "Unknown, or in another township",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public HistoryView history(@PathParam("permitId") UUID id) {
        caller.require(Role.people());
        Permit p = permits.visible(id, caller);
        return HistoryView.of(p.id, history.of(p.id));
    }

    @GET
    @Path("/{permitId}/site")
    @Operation(summary = "Site, stage and visits, for inspections 现场信息")
    @APIResponse(responseCode = "200", description = "The site", content = @Content(schema = @Schema(implementation = SiteView.class)))
    @APIResponse(responseCode = "404", description = "Unknown, or in another township",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public SiteView site(@PathParam("permitId") UUID id) {
        caller.require(Role.people());
        Permit p = permits.visible(id, caller);
        var list = visits.of(p.id);
        return new SiteView(p.id, p.applicationNumber, p.state, p.townshipCode, p.villageCode, p.lat, p.lng, p.crewId,
                list.stream().filter(v -> !v.passed()).map(v -> v.visitType).findFirst().orElse(null),
                list.stream().map(v -> new SiteView.Visit(v.visitType, v.status)).toList());
    }

    @POST
    @Path("/{permitId}/documents/{kind}/reissue")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Re-issue a corrected book or certificate: same number, next revision 更正换发")
    @APIResponse(responseCode = "200", description = "Re-issued", content = @Content(schema = @Schema(implementation = PermitView.class)))
    @APIResponse(responseCode = "403", description = "Role not allowed",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown, or in another township",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "No such document issued, or the build is closed",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response reissue(@PathParam("permitId") UUID id, @PathParam("kind") DocumentKind kind,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(description = "Makes a retry after a lost answer safe (the first answer is replayed)")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Valid @NotNull Correction body) {
        Role role = caller.require(Role.TOWNSHIP_OFFICER, Role.COUNTY_CLERK, Role.COUNTY_ADMIN);
        return idempotent.execute(idempotencyKey, "POST /api/v1/permits/" + id + "/documents/" + kind + "/reissue "
                + caller.user(), body, () -> {
                    Permit p = permits.visible(id, caller);
                    Permit moved = reissue.reissue(p, kind, ifMatch, body.reason(),
                            new History.Actor(caller.user(), role.wireName()));
                    return Response.ok(permits.view(moved)).tag(Versions.etag(moved.version)).build();
                });
    }

    /** Why a document is re-issued. */
    @Schema(name = "Correction", requiredProperties = { "reason" })
    public record Correction(@NotBlank @Schema(examples = "户主姓名更正") String reason) {
    }
}
