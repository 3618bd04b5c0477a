package org.anju.inspections.hazard;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A rectification notice (整改通知书) as the API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "RectificationNotice", requiredProperties = { "id", "hazardId", "townshipCode", "responsiblePerson",
        "deadline", "status", "overdue", "extensions", "issuedAt", "version" })
public record NoticeView(UUID id, UUID hazardId, UUID permitId, String townshipCode, String responsiblePerson,
        @Schema(examples = "2026-12-05") LocalDate deadline, RectificationNotice.Status status,
        @Schema(description = "Open and past its deadline") boolean overdue, int extensions, OffsetDateTime issuedAt,
        OffsetDateTime closedAt, UUID closingVisitId,
        @Schema(description = "When the notice was closed as VOIDED, its hazard voided by the county") OffsetDateTime voidedAt,
        long version) {

    static NoticeView of(RectificationNotice n, LocalDate today) {
        return new NoticeView(n.id, n.hazardId, n.permitId, n.townshipCode, n.responsiblePerson, n.deadline, n.status,
                n.status == RectificationNotice.Status.OPEN && Deadlines.overdue(n.deadline, today), n.extensions,
                n.issuedAt, n.closedAt, n.closingVisitId, n.voidedAt, n.version);
    }
}
