package org.anju.inspections.hazard;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A hazard with its rectification notice, as the API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Hazard", requiredProperties = { "id", "visitId", "townshipCode", "type", "grade", "description",
        "responsiblePerson", "status", "createdAt", "notice", "version" })
public record HazardView(UUID id, UUID visitId, UUID permitId, String townshipCode, UUID crewId, HazardType type,
        HazardGrade grade, @Schema(description = "Checklist item that produced the finding, if any") String itemCode,
        @Schema(examples = "基槽持力层为回填土") String description,
        @Schema(examples = "李建国（施工队负责人）") String responsiblePerson, Hazard.Status status,
        OffsetDateTime createdAt, OffsetDateTime closedAt, NoticeView notice,
        @Schema(description = "Stop-work notice the hazard caused, if any") UUID stopWorkNoticeId,
        @Schema(description = "When the county admin voided the hazard (status VOIDED)") OffsetDateTime voidedAt,
        @Schema(description = "Who voided it", examples = "admin-li") String voidedBy,
        @Schema(description = "Why it was voided", examples = "复核认定为误报") String voidReason,
        @Schema(description = "The version, also the ETag", examples = "0") long version) {

    static HazardView of(Hazard h, RectificationNotice n, UUID stopWorkId, LocalDate today) {
        return new HazardView(h.id, h.visitId, h.permitId, h.townshipCode, h.crewId, h.hazardType, h.grade,
                h.itemCode, h.description, h.responsiblePerson, h.status, h.createdAt, h.closedAt,
                n == null ? null : NoticeView.of(n, today), stopWorkId, h.voidedAt, h.voidedBy, h.voidReason,
                h.version);
    }
}
