package org.anju.permits.visit;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.anju.permits.lifecycle.PermitState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One mandatory visit of a build and whether it has passed. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "MandatoryVisit", requiredProperties = { "type", "status" })
public record VisitView(VisitType type, @Schema(enumeration = { "PASSED", "PENDING" }) String status,
        @Schema(description = "The stage this visit gates") PermitState gates, String visitId, OffsetDateTime passedAt,
        @Schema(description = "Its deadline, once it fell due", examples = "2026-12-03") LocalDate dueOn) {

    public static VisitView of(PermitVisit v) {
        return new VisitView(v.visitType, v.status, v.visitType.gates(), v.visitId, v.passedAt, v.dueOn);
    }
}
