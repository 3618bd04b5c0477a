package org.anju.registry.qualification;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of a crew's qualification history. */
@Schema(name = "QualificationDecision", requiredProperties = { "id", "action", "fromState", "toState", "reason",
        "decidedBy", "decidedRole", "decidedAt" })
public record DecisionView(UUID id, QualificationAction action, QualificationState fromState,
        QualificationState toState, @Schema(examples = "材料齐全，现场核查合格") String reason,
        @Schema(examples = "admin-li") String decidedBy, @Schema(examples = "county_admin") String decidedRole,
        OffsetDateTime decidedAt, @Schema(examples = "2028-11-27") LocalDate validUntil,
        @Schema(description = "Why the leader's training rule was waived for this decision (QUALIFY or RENEW of a "
                + "crew whose leader's training was not current); absent when not waived",
                examples = "队长已报名本月线下培训，先予资质，下次复核") String trainingWaiverReason) {

    static DecisionView of(QualificationDecision d) {
        return new DecisionView(d.id, d.action, d.fromState, d.toState, d.reason, d.decidedBy, d.decidedRole,
                d.decidedAt, d.validUntil, d.trainingWaiverReason);
    }
}
