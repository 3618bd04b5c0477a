package org.anju.gateway.system;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.anju.common.openapi.AnjuOpenApiFilter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Whether the services behind the gateway are up: the three checks run in parallel. */
@Path("/api/v1/system/status")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "System", description = "系统状态 Status of the services behind the gateway")
public class SystemStatusResource {

    private final ServiceProbe probe;

    public SystemStatusResource(ServiceProbe probe) {
        this.probe = probe;
    }

    @GET
    @PermitAll
    @Extension(name = AnjuOpenApiFilter.PUBLIC, value = "true")
    @Operation(operationId = "getSystemStatus", summary = "Readiness of registry, permits and inspections",
            description = "Always answers 200; a service that is down or slower than 2 s is listed as DOWN and the "
                    + "answer is marked partial.")
    @APIResponse(responseCode = "200", description = "Status of each service",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SystemStatus.class)))
    public CompletionStage<SystemStatus> status() {
        CompletableFuture<ServiceStatus> registry = probe.registry().toCompletableFuture();
        CompletableFuture<ServiceStatus> permits = probe.permits().toCompletableFuture();
        CompletableFuture<ServiceStatus> inspections = probe.inspections().toCompletableFuture();
        return CompletableFuture.allOf(registry, permits, inspections).thenApply(ignored -> {
            List<ServiceStatus> all = List.of(registry.join(), permits.join(), inspections.join());
            boolean partial = all.stream().anyMatch(s -> s.status() != ServiceStatus.State.UP);
            return new SystemStatus(partial, all);
        });
    }
}
