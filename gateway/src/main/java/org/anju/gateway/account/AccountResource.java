package org.anju.gateway.account;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
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
import org.anju.common.security.Caller;
import org.anju.common.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Accounts of the county admin's own county: create, list, read, change, disable, reset a password. */
@Path("/api/v1/accounts")
@RolesAllowed("county_admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts", description = "账号管理（县住建局管理员） Account management by the county admin")
public class AccountResource {

    private final AccountService service;
    private final Caller user;
    private final IdempotentRequests idempotency;

    public AccountResource(AccountService service, Caller user, IdempotentRequests idempotency) {
        this.service = service;
        this.user = user;
        this.idempotency = idempotency;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createAccount", summary = "Create an account in your county (新建账号)")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountView.class)),
            headers = { @Header(name = "Location", description = "URL of the new account", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "Version of the account, for If-Match", schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "409", description = "The user name is taken (username-taken)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused for another request",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response create(@HeaderParam(IdempotentRequests.HEADER) String key,
            @NotNull @Valid AccountRequests.Create request) {
        return idempotency.execute(key, "POST /api/v1/accounts " + user.user(), request, () -> {
            AccountView view = service.create(user.county().orElse(null), request, user.user());
            return Response.created(URI.create("/api/v1/accounts/" + view.id())).tag(Versions.etag(view.version()))
                    .entity(view).build();
        });
    }

    @GET
    @Operation(operationId = "listAccounts", summary = "Accounts of your county in user-name order (账号列表)")
    @APIResponse(responseCode = "200", description = "One page of accounts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountPage.class)))
    public Page<AccountView> list(
            @QueryParam("role") @Pattern(regexp = "^(inspector|township_officer|village_reviewer|county_clerk|"
                    + "county_admin|bureau_reader)$") String role,
            @QueryParam("township") @Pattern(regexp = "^[0-9]{12}$") String township,
            @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        Role wanted = role == null ? null : Role.fromWire(role);
        return service.list(user.county().orElse(null), wanted, township, cursor, limit);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAccount", summary = "One account (账号详情)")
    @APIResponse(responseCode = "200", description = "The account", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountView.class)),
            headers = @Header(name = "ETag", description = "Version of the account, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such account in your county",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        return withTag(service.get(user.county().orElse(null), id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateAccount", summary = "Change name, roles, townships or enabled (修改账号)",
            description = "Send the ETag you read in If-Match. Disabling revokes the account's refresh tokens.")
    @APIResponse(responseCode = "200", description = "The changed account", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountView.class)),
            headers = @Header(name = "ETag", description = "Version of the account, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such account in your county",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version (stale-version)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A rule refused the change, e.g. disabling yourself (self-disable)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid AccountRequests.Update request) {
        return withTag(service.update(user.county().orElse(null), id, ifMatch, request, user.user()));
    }

    @POST
    @Path("/{id}/disable")
    @Operation(operationId = "disableAccount", summary = "Disable an account (停用账号)",
            description = "Refuses new logins and revokes the refresh tokens; send the ETag in If-Match.")
    @APIResponse(responseCode = "200", description = "The changed account", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountView.class)),
            headers = @Header(name = "ETag", description = "Version of the account, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such account in your county",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version (stale-version)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A rule refused the change, e.g. disabling yourself (self-disable)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response disable(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return withTag(service.disable(user.county().orElse(null), id, ifMatch, user.user()));
    }

    @POST
    @Path("/{id}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "resetPassword", summary = "Set a new password (重置密码)",
            description = "Also lifts a lockout and revokes the account's refresh tokens; send the ETag in If-Match.")
    @APIResponse(responseCode = "200", description = "The changed account", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountView.class)),
            headers = @Header(name = "ETag", description = "Version of the account, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such account in your county",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version (stale-version)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A rule refused the change, e.g. disabling yourself (self-disable)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response resetPassword(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid AccountRequests.ResetPassword request) {
        return withTag(service.resetPassword(user.county().orElse(null), id, ifMatch, request.newPassword(), user.user()));
    }

    private static Response withTag(AccountView view) {
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }
}
