package org.anju.permits.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.anju.permits.permit.BuildKind;
import org.anju.permits.permit.SafetyGrade;

/** What the rules look at in an application: a plain snapshot, so that rules run without Quarkus or a database. */
public record ApplicationFacts(
        String villageCode,
        String homesteadApprovalRef,
        double lat,
        double lng,
        BuildKind kind,
        int storeys,
        BigDecimal floorArea,
        BigDecimal investment,
        String standardDrawingSetId,
        String designerName,
        String designerQualificationNo,
        String designFirmName,
        String designFirmCreditCode,
        String contractorName,
        String contractorCreditCode,
        UUID crewId,
        LocalDate plannedStartOn,
        SafetyGrade existingGrade) {
}
