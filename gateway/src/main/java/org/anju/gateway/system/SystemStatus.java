package org.anju.gateway.system;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The readiness of everything behind the gateway; {@code partial} when any part is down. */
@Schema(name = "SystemStatus", requiredProperties = { "partial", "services" })
public record SystemStatus(
        @Schema(description = "True when at least one service is DOWN") boolean partial,
        List<ServiceStatus> services) {
}
