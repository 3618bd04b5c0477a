package org.anju.inspections.visit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A visit as the API shows it, with the presence check that decided whether it counts. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Visit", requiredProperties = { "id", "type", "status", "townshipCode", "inspector", "countsForStage",
        "version" })
public record VisitView(UUID id, UUID permitId, VisitType type, Visit.Status status, String townshipCode,
        String villageCode, UUID crewId, String inspector, LocalDate scheduledDate, Presence presence,
        UUID templateId, Integer templateVersion, Map<String, Object> answers, VisitOutcome requestedOutcome,
        VisitOutcome outcome,
        @Schema(description = "Whether the visit counts (recorded on site with a pass); off-site visits count for nothing") boolean countsForStage,
        String acknowledgedBy, String acknowledgedRole, OffsetDateTime acknowledgedAt, String notes,
        @Schema(description = "Hazards found on this visit; absent in lists except a permit's timeline") List<UUID> hazardIds,
        @Schema(description = "Photos of this visit and of its hazards (GET /api/v1/photos/{id}/content); only in a permit's "
                + "timeline") List<UUID> photoIds,
        @Schema(description = "Why the visit does not count, in Chinese and English") List<String> warnings, long version) {

    /** The check-in and the presence rule's verdict. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Presence")
    public record Presence(OffsetDateTime clientTime, OffsetDateTime serverTime, Double lat, Double lng,
            Double accuracyMetres, Double siteLat, Double siteLng,
            @Schema(description = "Great-circle distance from the site, metres", examples = "2003.4") Double distanceMetres,
            Double radiusMetres,
            @Schema(description = "distance + accuracy <= radius") Boolean onSite,
            @Schema(description = "Phone clock differs from the server's by more than the tolerance") Boolean clockSkew,
            Long clockSkewSeconds) {
    }
}
