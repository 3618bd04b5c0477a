package org.anju.inspections.stopwork;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A stop-work notice as the API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "StopWorkNotice", requiredProperties = { "id", "permitId", "townshipCode", "visitId", "reasonCode",
        "reason", "status", "issuedAt", "issuedBy", "version" })
public record StopWorkView(UUID id, UUID permitId, String townshipCode, UUID visitId, UUID hazardId,
        StopWorkNotice.ReasonCode reasonCode, @Schema(examples = "重大隐患：基槽持力层为回填土") String reason,
        StopWorkNotice.Status status, OffsetDateTime issuedAt, String issuedBy, OffsetDateTime liftedAt,
        UUID liftingVisitId, long version) {

    static StopWorkView of(StopWorkNotice n) {
        return new StopWorkView(n.id, n.permitId, n.townshipCode, n.visitId, n.hazardId, n.reasonCode, n.reason,
                n.status, n.issuedAt, n.issuedBy, n.liftedAt, n.liftingVisitId, n.version);
    }
}
