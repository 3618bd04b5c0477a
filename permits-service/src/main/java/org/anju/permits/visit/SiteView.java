package org.anju.permits.visit;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.anju.permits.lifecycle.PermitState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What inspections-service needs on site: position, stage, crew and the visit needed now (contract in the brief). */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Site", requiredProperties = { "permitId", "applicationNumber", "state", "townshipCode", "villageCode",
        "lat", "lng", "visits" })
public record SiteView(UUID permitId, @Schema(examples = "A369901-2026-000123") String applicationNumber,
        PermitState state, @Schema(examples = "369901100000") String townshipCode,
        @Schema(examples = "369901100201") String villageCode, @Schema(examples = "28.452") double lat,
        @Schema(examples = "117.963") double lng, @Schema(nullable = true) UUID crewId,
        @Schema(nullable = true, description = "The first visit still pending") VisitType nextVisit,
        List<Visit> visits) {

    /** A visit and whether it has passed. */
    @Schema(name = "SiteVisit", requiredProperties = { "type", "status" })
    public record Visit(VisitType type, @Schema(enumeration = { "PASSED", "PENDING" }) String status) {
    }
}
