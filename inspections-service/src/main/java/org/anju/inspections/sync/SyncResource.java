package org.anju.inspections.sync;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.anju.common.security.Caller;
import org.anju.common.security.Role;

/** Offline sync: a phone sends what it created without signal, and learns item by item what became of it. */
@Path("/api/v1/sync")
@Tag(name = "Offline sync 离线同步")
public class SyncResource {

    private final SyncService sync;
    private final Caller caller;

    public SyncResource(SyncService sync, Caller caller) {
        this.sync = sync;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send an offline batch 上传离线数据", description = "Each item is NEW, ALREADY_KNOWN (its id "
            + "was seen before; nothing is created twice) or REFUSED with its own problem. Replaying a batch is safe.")
    @APIResponse(responseCode = "200", description = "Item-by-item result", content = @Content(schema = @Schema(implementation = SyncResult.class)))
    public SyncResult apply(@Valid @NotNull SyncBatch batch) {
        caller.require(Role.INSPECTOR, Role.TOWNSHIP_OFFICER);
        return sync.apply(batch, caller);
    }
}
