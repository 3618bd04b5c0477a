package org.anju.registry.crew;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.anju.registry.qualification.QualificationState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A crew with its members and qualification, contact phone masked except for the county admin. */
@Schema(name = "Crew", requiredProperties = { "id", "registrationNumber", "name", "kind", "leaderId", "members",
        "townshipCode", "contactName", "contactPhone", "insurancePolicyNumber", "insuranceExpiresOn",
        "maxConcurrentJobs", "status", "creditScore", "activeJobs", "filedAt", "version" })
public record CrewView(
        UUID id,
        @Schema(examples = "369901-2026-0001") String registrationNumber,
        @Schema(examples = "青石镇张建国施工队") String name,
        CrewKind kind,
        String creditCode,
        UUID leaderId,
        List<MemberView> members,
        @Schema(examples = "369901101000") String townshipCode,
        @Schema(examples = "张建国") String contactName,
        @Schema(examples = "138****5678") String contactPhone,
        @Schema(examples = "PICC-2026-000123") String insurancePolicyNumber,
        @Schema(examples = "2027-06-30") LocalDate insuranceExpiresOn,
        @Schema(examples = "3") int maxConcurrentJobs,
        @Schema(description = "Qualification state today (EXPIRED once the validity lapsed)") QualificationState status,
        @Schema(examples = "2026-01-05") LocalDate qualifiedFrom,
        @Schema(examples = "2028-01-04") LocalDate qualifiedUntil,
        @Schema(examples = "100") int creditScore,
        @Schema(examples = "1") long activeJobs,
        OffsetDateTime filedAt,
        @Schema(examples = "0") long version) {
}
