package org.anju.gateway.compose;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI shape of the household file (the answer is composed as JSON from the services' answers). */
@Schema(name = "HouseholdFile", requiredProperties = { "partial", "unavailable", "household", "builds" })
public record HouseholdFileView(
        @Schema(description = "True when a part could not be fetched (a service down, slow or answering garbage); "
                + "its items are missing. Never because a part is long: long parts carry a next link")
        boolean partial,
        @Schema(description = "Services left out", examples = "[\"inspections\"]") List<String> unavailable,
        Household household,
        @Schema(description = "Every build of the household, newest first") List<Build> builds) {

    /** One build (one application) with everything kept of it. */
    @Schema(name = "HouseholdFileBuild", requiredProperties = { "permit", "history", "documents", "visits", "hazards",
            "rectificationNotices", "stopWorkNotices" })
    public record Build(Permit permit, List<HistoryEntry> history,
            @Schema(description = "Book and certificate revisions, as permits-service answers them") List<Map<String, Object>> documents,
            @Schema(description = "Crew of the build, null when none") Crew crew,
            @Schema(description = "Visits, oldest first; next: GET of the following page of GET /api/v1/permits/{permitId}/visits") VisitPart visits,
            @Schema(description = "Hazards, oldest first; next: the following page of GET /api/v1/hazards?permit=") HazardPart hazards,
            @Schema(description = "Rectification notices open and closed out, oldest first; next: the following page of GET /api/v1/rectification-notices?permit=") NoticePart rectificationNotices,
            @Schema(description = "Stop-work notices in force and lifted, newest first; next: the following page of GET /api/v1/stop-work-notices?permit=") NoticePart stopWorkNotices) {
    }

    /** The first page of a build's visits. */
    @Schema(name = "HouseholdFileVisitPart", requiredProperties = { "items" })
    public record VisitPart(List<Visit> items, @Schema(description = NEXT) String next) {
    }

    /** The first page of a build's hazards. */
    @Schema(name = "HouseholdFileHazardPart", requiredProperties = { "items" })
    public record HazardPart(List<Hazard> items, @Schema(description = NEXT) String next) {
    }

    /** The first page of a build's notices of one kind. */
    @Schema(name = "HouseholdFileNoticePart", requiredProperties = { "items" })
    public record NoticePart(List<Notice> items, @Schema(description = NEXT) String next) {
    }

    static final String NEXT = "Path (through the gateway) of the next page of the owning service's list, in that "
            + "list's own item shape; null when the file holds the whole part";

    /** The household. */
    @Schema(name = "HouseholdFileHousehold", requiredProperties = { "id", "headName", "villageCode" })
    public record Household(String id, @Schema(examples = "王建国") String headName, String headResidentId,
            @Schema(examples = "369901100201") String villageCode, @Schema(examples = "东门村") String villageName,
            String townshipCode) {
    }

    /** A build. */
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

    /** The crew's public identity with its eligibility today. */
    @Schema(name = "HouseholdFileCrew", requiredProperties = { "id", "reasons" })
    public record Crew(String id, @Schema(examples = "城关镇李建国施工队") String name,
            @Schema(examples = "369901-2026-0001") String registrationNumber, String status, Integer creditScore,
            Boolean eligible, List<Map<String, Object>> reasons) {
    }

    /** A hazard found on one of the build's visits. */
    @Schema(name = "HouseholdFileHazard")
    public record Hazard(String id, String visitId, String type, String grade, String description,
            @Schema(enumeration = { "OPEN", "CLOSED" }) String status, String createdAt, String closedAt,
            String noticeId, String stopWorkNoticeId, String url) {
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

    /** A rectification notice (open or closed out) or a stop-work notice (in force or lifted). */
    @Schema(name = "HouseholdFileNotice")
    public record Notice(String id, @Schema(examples = "RECTIFICATION", enumeration = { "RECTIFICATION", "STOP_WORK" }) String kind,
            String description, String deadline,
            @Schema(description = "OPEN or CLOSED (rectification), IN_FORCE or LIFTED (stop-work)") String status,
            boolean overdue, String hazardId, @Schema(examples = "2026-11-20T10:05:00+08:00") String issuedAt,
            @Schema(description = "When a rectification notice was closed out") String closedAt,
            @Schema(description = "When a stop-work notice was lifted") String liftedAt) {
    }
}
