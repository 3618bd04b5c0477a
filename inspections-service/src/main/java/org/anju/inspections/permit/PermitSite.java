package org.anju.inspections.permit;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What permits-service tells about a permit's site: where it is, whose crew, and which visit it needs now. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PermitSite(UUID permitId, String applicationNumber, String state, String townshipCode,
        String villageCode, double lat, double lng, UUID crewId, String nextVisit, List<StageVisit> visits) {

    /** One mandatory visit of the permit and whether it has passed. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record StageVisit(String type, String status) {
    }
}
