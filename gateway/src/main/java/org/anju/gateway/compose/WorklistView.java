package org.anju.gateway.compose;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI shape of the township worklist. */
@Schema(name = "TownshipWorklist", requiredProperties = { "partial", "unavailable", "sections" })
public record WorklistView(boolean partial, @Schema(examples = "[\"inspections\"]") List<String> unavailable,
        @Schema(description = "applicationsOverdue, visitsDueToday, visitsOverdue, offSiteVisitsToReview, "
                + "noticesPastDeadline, stopWorksInForce, crewsQualificationExpiring") Map<String, Section> sections) {

    /** One section of work. */
    @Schema(name = "TownshipWorklistSection", requiredProperties = { "available", "items" })
    public record Section(boolean available, @Schema(examples = "inspections") String service,
            @Schema(description = "The owning service's records as it lists them") List<Map<String, Object>> items) {
    }
}
