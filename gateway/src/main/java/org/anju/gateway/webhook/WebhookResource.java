package org.anju.gateway.webhook;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.anju.common.concurrency.Versions;
import org.anju.common.idempotency.IdempotentRequests;
import org.anju.common.paging.Page;
import org.anju.common.problem.Problem;
import org.anju.common.problem.ProblemException;
import org.anju.common.security.Caller;
import org.anju.common.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.callbacks.Callback;
import org.eclipse.microprofile.openapi.annotations.callbacks.CallbackOperation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A county admin's webhook subscriptions: register, list, change, pause, resume, delete, see and replay deliveries. */
@Path("/api/v1/webhooks")
@RolesAllowed("county_admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = WebhookResource.SCHEME)
public class WebhookResource {

    /** The delivery and signature scheme, as published in the OpenAPI document. */
    static final String SCHEME = "订阅回调（县住建局管理员） Webhooks: the county admin subscribes an outside system (the "
            + "county approval hall, another bureau) to the county's public events: " + WebhookEventType.WIRE_NAMES
            + ". For each event Anju POSTs the JSON body `{id, type, occurredAt, county, data}` (schema WebhookBody; "
            + "no personal identifiers) with the headers `Anju-Webhook-Id` (the event id, the same on every retry and "
            + "replay: deduplicate on it), `Anju-Webhook-Timestamp` (unix seconds of this attempt) and "
            + "`Anju-Webhook-Signature: t=<timestamp>,v1=<hex HMAC-SHA256(secret, \"<timestamp>.<body>\")>`, the HMAC "
            + "keyed with the subscription's secret (UTF-8) over the timestamp, a dot and the raw body bytes. To "
            + "verify: recompute it from the raw body before parsing, compare in constant time, check that `t` equals "
            + "the timestamp header, and refuse a timestamp more than 5 minutes from your clock (the replay window: a "
            + "captured request cannot be replayed later). Answer 2xx once the event is stored. Any other answer, a "
            + "timeout (10 s) or no connection is retried with exponential backoff (10 s, doubling, at most 10 "
            + "minutes apart, never giving up while the subscription is active) and holds back that subscription's "
            + "later events, so a subscriber that was down gets every event, in order, when it comes back. 410 Gone "
            + "pauses the subscription. Replay queues past deliveries again with the same event ids.";

    private final WebhookService service;
    private final Caller caller;
    private final IdempotentRequests idempotency;

    public WebhookResource(WebhookService service, Caller caller, IdempotentRequests idempotency) {
        this.service = service;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWebhook", summary = "Subscribe a URL to events of your county (新建订阅回调)",
            description = "Give a secret of 32 to 256 characters, or none and take the generated one from the answer: "
                    + "it is shown this once (a replay of this request under its Idempotency-Key omits it).")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class)),
            headers = { @Header(name = "Location", description = "URL of the new subscription", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "Version, for If-Match", schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused for another request",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "No key to encrypt secrets with is configured (webhooks-not-configured)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @Callback(name = "event", callbackUrlExpression = "{$request.body#/url}", operations = @CallbackOperation(
            method = "post", summary = "What Anju sends the subscriber (回调事件)",
            description = "One event, signed; see the Webhooks tag for how to verify it. Answer 2xx once it is stored.",
            parameters = {
                    @Parameter(name = Signature.ID_HEADER, in = ParameterIn.HEADER, required = true,
                            description = "The event id; the same on every retry and replay",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid")),
                    @Parameter(name = Signature.TIMESTAMP_HEADER, in = ParameterIn.HEADER, required = true,
                            description = "Unix seconds when this attempt was signed",
                            schema = @Schema(type = SchemaType.STRING), example = "1795836930"),
                    @Parameter(name = Signature.SIGNATURE_HEADER, in = ParameterIn.HEADER, required = true,
                            description = "t=<timestamp>,v1=<hex HMAC-SHA256(secret, \"<timestamp>.<body>\")>",
                            schema = @Schema(type = SchemaType.STRING)) },
            requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WebhookBody.class))),
            responses = {
                    @APIResponse(responseCode = "200", description = "Stored (any 2xx); the event is not sent again"),
                    @APIResponse(responseCode = "410", description = "Gone: Anju pauses the subscription"),
                    @APIResponse(responseCode = "500", description = "Any other answer, or none within 10 s: sent again "
                            + "later, and the subscription's later events wait") }))
    public Response create(@HeaderParam(IdempotentRequests.HEADER) String key,
            @NotNull WebhookRequests.Create request) {
        String county = county();
        String[] generated = new String[1];
        Response stored = idempotency.execute(key, "POST /api/v1/webhooks " + caller.user(), request, () -> {
            WebhookView view = service.create(county, request, caller.user());
            generated[0] = view.secret();
            // what the idempotency store keeps (and replays) never holds the secret
            WebhookView kept = view.withSecret(null);
            return Response.created(URI.create("/api/v1/webhooks/" + view.id())).tag(Versions.etag(view.version()))
                    .entity(kept).build();
        });
        if (generated[0] != null && stored.getEntity() instanceof WebhookView kept) {
            return Response.fromResponse(stored).entity(kept.withSecret(generated[0])).build();
        }
        return stored;
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "Your county's subscriptions, oldest first (订阅回调列表)")
    @APIResponse(responseCode = "200", description = "One page of subscriptions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.Page.class)))
    public Page<WebhookView> list(@QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        return service.list(county(), cursor, limit);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhook", summary = "One subscription (订阅回调详情)")
    @APIResponse(responseCode = "200", description = "The subscription",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class)),
            headers = @Header(name = "ETag", description = "Version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such subscription in your county",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        return withTag(service.get(county(), id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateWebhook", summary = "Change URL, event types, description or secret (修改订阅回调)",
            description = "Send the ETag you read in If-Match. A secret in the body replaces the current one; without "
                    + "one the current secret is kept.")
    @APIResponse(responseCode = "200", description = "The changed subscription",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class)),
            headers = @Header(name = "ETag", description = "Version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such subscription in your county",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version (stale-version)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull WebhookRequests.Update request) {
        return withTag(service.update(county(), id, ifMatch, request, caller.user()));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteWebhook", summary = "Delete a subscription and its deliveries (删除订阅回调)",
            description = "Send the ETag you read in If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such subscription in your county",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version (stale-version)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(county(), id, ifMatch, caller.user());
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/pause")
    @Operation(operationId = "pauseWebhook", summary = "Pause deliveries (暂停订阅回调)",
            description = "Events keep being queued for the subscription and are sent, in order, when it is resumed. "
                    + "Send the ETag in If-Match.")
    @APIResponse(responseCode = "200", description = "The paused subscription",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class)),
            headers = @Header(name = "ETag", description = "Version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such subscription in your county",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version (stale-version)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response pause(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return withTag(service.pause(county(), id, ifMatch, caller.user()));
    }

    @POST
    @Path("/{id}/resume")
    @Operation(operationId = "resumeWebhook", summary = "Resume deliveries (恢复订阅回调)",
            description = "The deliveries that waited are sent at once, in order. Send the ETag in If-Match.")
    @APIResponse(responseCode = "200", description = "The active subscription",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class)),
            headers = @Header(name = "ETag", description = "Version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such subscription in your county",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version (stale-version)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response resume(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return withTag(service.resume(county(), id, ifMatch, caller.user()));
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "A subscription's deliveries, newest first, with "
            + "their attempts (投递记录)")
    @APIResponse(responseCode = "200", description = "One page of deliveries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryView.Page.class)))
    @APIResponse(responseCode = "404", description = "No such subscription in your county",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Page<DeliveryView> deliveries(@PathParam("id") UUID id,
            @QueryParam("status") @Pattern(regexp = "^(PENDING|DELIVERED)$") String status,
            @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        return service.deliveries(county(), id, status, cursor, limit);
    }

    @POST
    @Path("/{id}/replay")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replayWebhookDeliveries", summary = "Send past deliveries again (重新投递)",
            description = "Queues again the deliveries of events that happened in [from, to) (to defaults to now), or "
                    + "the listed deliveryIds. They go out in their original order with the same event ids, so the "
                    + "subscriber can deduplicate; each send is a new attempt.")
    @APIResponse(responseCode = "202", description = "Queued",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookRequests.Replayed.class)))
    @APIResponse(responseCode = "404", description = "No such subscription in your county",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused for another request",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response replay(@PathParam("id") UUID id, @HeaderParam(IdempotentRequests.HEADER) String key,
            @NotNull WebhookRequests.Replay request) {
        String county = county();
        return idempotency.execute(key, "POST /api/v1/webhooks/" + id + "/replay " + caller.user(), request,
                () -> Response.accepted(new WebhookRequests.Replayed(service.replay(county, id, request,
                        caller.user()))).build());
    }

    /** The county admin's county; every subscription call is confined to it. */
    private String county() {
        caller.require(Role.COUNTY_ADMIN);
        return caller.county().orElseThrow(() -> new ProblemException(403, "forbidden", "无权执行此操作", "Forbidden",
                "The token names no county"));
    }

    private static Response withTag(WebhookView view) {
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }
}
