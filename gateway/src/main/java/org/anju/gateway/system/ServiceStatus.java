package org.anju.gateway.system;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether one downstream service answered its readiness check, and how fast. */
@Schema(name = "ServiceStatus", requiredProperties = { "service", "status", "millis" })
public record ServiceStatus(
        @Schema(examples = "registry") String service,
        State status,
        @Schema(description = "Round-trip time of the check in milliseconds") long millis,
        @Schema(description = "Why the service is not UP") String reason) {

    /** UP when the service reported ready; DOWN when it reported not ready, failed, or did not answer in time. */
    public enum State {
        UP, DOWN
    }
}
