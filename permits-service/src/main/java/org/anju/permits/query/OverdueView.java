package org.anju.permits.query;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.anju.permits.lifecycle.PermitState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A build past one of its time limits, and by how many working days. */
@Schema(name = "Overdue", requiredProperties = { "permitId", "applicationNumber", "townshipCode", "villageCode", "state",
        "late" })
public record OverdueView(UUID permitId, String applicationNumber, String townshipCode, String villageCode,
        PermitState state, OffsetDateTime submittedAt, List<Late> late) {

    /** One missed limit. */
    @Schema(name = "OverdueLimit", requiredProperties = { "limit", "dueOn", "workingDaysLate" })
    public record Late(@Schema(enumeration = { "SITE_SURVEY", "DECISION" }) String limit, LocalDate dueOn,
            @Schema(examples = "2") int workingDaysLate) {
    }
}
