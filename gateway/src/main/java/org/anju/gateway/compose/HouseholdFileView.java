package org.anju.gateway.compose;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI shape of the household file (the answer is composed as JSON from the services' answers). */
@Schema(name = "HouseholdFile", requiredProperties = { "partial", "unavailable", "household", "history", "documents",
        "visits", "notices" })
public record HouseholdFileView(
        @Schema(description = "True when a service did not answer in time; its parts are empty") boolean partial,
        @Schema(description = "Services left out", examples = "[\"inspections\"]") List<String> unavailable,
        Household household,
        @Schema(description = "Current build, null when none or permits is unavailable") Permit permit,
        List<HistoryEntry> history,
        @Schema(description = "Book and certificate revisions, as permits-service answers them") List<Map<String, Object>> documents,
        @Schema(description = "Crew of the build, null when none") Crew crew,
        List<Visit> visits,
        List<Notice> notices) {

    /** The household. */
    @Schema(name = "HouseholdFileHousehold", requiredProperties = { "id", "headName", "villageCode" })
    public record Household(String id, @Schema(examples = "王建国") String headName, String headResidentId,
            @Schema(examples = "369901100201") String villageCode, @Schema(examples = "东门村") String villageName,
            String townshipCode) {
    }

    /** The current build. */
    @Schema(name = "HouseholdFilePermit", requiredProperties = { "id", "applicationNumber", "state" })
    public record Permit(String id, @Schema(examples = "A369901-2026-000123") String applicationNumber, String state,
            String track, String address, @Schema(examples = "FOUNDATION_TRENCH") String nextVisit, double lat,
            double lng, String townshipCode, String villageCode, String crewId, String kind, int storeys,
            long version) {
    }

    /** One lifecycle step. */
    @Schema(name = "HouseholdFileHistoryEntry")
    public record HistoryEntry(String at, String action, String fromState, String toState, String actor, String role,
            String reason) {
    }

    /** The crew with its eligibility today. */
    @Schema(name = "HouseholdFileCrew", requiredProperties = { "id", "reasons" })
    public record Crew(String id, String name, String status, Integer creditScore, Boolean eligible,
            List<Map<String, Object>> reasons) {
    }

    /** A visit with its findings. */
    @Schema(name = "HouseholdFileVisit")
    public record Visit(String id, String type, String status, String outcome, Boolean onSite,
            String checkInServerTime, String scheduledDate, String inspector, List<Link> hazards, List<Link> photos) {
    }

    /** A linked record. */
    @Schema(name = "HouseholdFileLink")
    public record Link(String id, String url) {
    }

    /** An open notice. */
    @Schema(name = "HouseholdFileNotice")
    public record Notice(String id, @Schema(examples = "RECTIFICATION", enumeration = { "RECTIFICATION", "STOP_WORK" }) String kind,
            String description, String deadline, String status, boolean overdue, String hazardId,
            @Schema(examples = "2026-11-20T10:05:00+08:00") String issuedAt) {
    }
}
