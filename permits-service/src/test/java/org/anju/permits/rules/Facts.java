package org.anju.permits.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.anju.permits.permit.BuildKind;
import org.anju.permits.permit.SafetyGrade;

/** A valid below-limit application to vary in rule tests. */
final class Facts {

    static final double LAT = 28.452;
    static final double LNG = 117.963;

    private Facts() {
    }

    static ApplicationFacts valid() {
        return at(LAT, LNG);
    }

    static ApplicationFacts at(double lat, double lng) {
        return new ApplicationFacts("369901100201", "宅批(2026)第0001号", lat, lng, BuildKind.NEW_BUILD, 2,
                new BigDecimal("220"), new BigDecimal("250000"), "TYT-2024-07", null, null, null, null, null, null,
                UUID.randomUUID(), LocalDate.of(2026, 12, 15), null);
    }

    static ApplicationFacts sized(int storeys, String area, String investment) {
        ApplicationFacts f = valid();
        return new ApplicationFacts(f.villageCode(), f.homesteadApprovalRef(), f.lat(), f.lng(), f.kind(), storeys,
                new BigDecimal(area), new BigDecimal(investment), f.standardDrawingSetId(), null, null, null, null,
                null, null, f.crewId(), f.plannedStartOn(), null);
    }

    static ApplicationFacts kind(BuildKind kind, SafetyGrade grade) {
        ApplicationFacts f = valid();
        return new ApplicationFacts(f.villageCode(), f.homesteadApprovalRef(), f.lat(), f.lng(), kind, f.storeys(),
                f.floorArea(), f.investment(), f.standardDrawingSetId(), null, null, null, null, null, null, f.crewId(),
                f.plannedStartOn(), grade);
    }

    static ApplicationFacts design(String set, String designer, String qualification) {
        ApplicationFacts f = valid();
        return new ApplicationFacts(f.villageCode(), f.homesteadApprovalRef(), f.lat(), f.lng(), f.kind(), f.storeys(),
                f.floorArea(), f.investment(), set, designer, qualification, null, null, null, null, f.crewId(),
                f.plannedStartOn(), null);
    }

    static ApplicationFacts firms(String designFirm, String designCode, String contractor, String contractorCode) {
        ApplicationFacts f = valid();
        return new ApplicationFacts(f.villageCode(), f.homesteadApprovalRef(), f.lat(), f.lng(), f.kind(), 3,
                f.floorArea(), f.investment(), f.standardDrawingSetId(), null, null, designFirm, designCode, contractor,
                contractorCode, f.crewId(), f.plannedStartOn(), null);
    }

    static ApplicationFacts homestead(String ref) {
        ApplicationFacts f = valid();
        return new ApplicationFacts(f.villageCode(), ref, f.lat(), f.lng(), f.kind(), f.storeys(), f.floorArea(),
                f.investment(), f.standardDrawingSetId(), null, null, null, null, null, null, f.crewId(),
                f.plannedStartOn(), null);
    }
}
