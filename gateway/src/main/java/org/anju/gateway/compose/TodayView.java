package org.anju.gateway.compose;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI shape of today's worklist. */
@Schema(name = "TodayWorklist", requiredProperties = { "date", "partial", "unavailable", "items" })
public record TodayView(@Schema(examples = "2026-11-28") String date, boolean partial,
        @Schema(examples = "[\"permits\"]") List<String> unavailable, List<Item> items) {

    /** One visit to make. */
    @Schema(name = "TodayWorklistItem", requiredProperties = { "permitId", "visitType", "radiusMetres" })
    public record Item(String visitId, String permitId, String applicationNumber, String householdId,
            @Schema(examples = "王建国") String householdHead, String villageCode, String villageName,
            String townshipCode, String address, @Schema(examples = "FOUNDATION_TRENCH") String visitType,
            @Schema(examples = "2026-11-28") String dueDate, @Schema(examples = "0") long overdueDays, Double lat,
            Double lng, @Schema(examples = "100") double radiusMetres) {
    }
}
