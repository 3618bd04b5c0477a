package org.anju.permits.permit;

import java.util.List;

import org.anju.permits.document.DocumentView;
import org.anju.permits.lifecycle.Transitions;
import org.anju.permits.rules.ApplicationFacts;
import org.anju.permits.visit.VisitView;

/** The one mapping from a build entity to the API and to the rules, and from a form onto the entity. */
public final class PermitMapper {

    private PermitMapper() {
    }

    public static PermitView toView(Permit p, List<DocumentView> documents, List<VisitView> visits) {
        return new PermitView(p.id, p.applicationNumber, p.householdId, p.townshipCode, p.villageCode, p.state, p.track,
                p.suspendedFrom, p.homesteadApprovalRef, p.plotId, p.plotArea, p.lat, p.lng, p.address, p.kind,
                p.storeys, p.heightM, p.floorArea, p.investment, p.structure, p.standardDrawingSetId, p.designerName,
                p.designerQualificationNo, p.designFirmName, p.designFirmCreditCode, p.contractorName,
                p.contractorCreditCode, p.crewId, p.plannedStartOn, p.existingGrade, p.noticeStartedOn, p.submittedAt,
                p.surveyDueOn, p.decisionDueOn, p.createdAt, p.updatedAt, p.version, Transitions.allowedFrom(p.state),
                documents, visits, null);
    }

    public static ApplicationFacts facts(Permit p) {
        return new ApplicationFacts(p.villageCode, p.homesteadApprovalRef, p.lat, p.lng, p.kind, p.storeys, p.floorArea,
                p.investment, p.standardDrawingSetId, p.designerName, p.designerQualificationNo, p.designFirmName,
                p.designFirmCreditCode, p.contractorName, p.contractorCreditCode, p.crewId, p.plannedStartOn,
                p.existingGrade);
    }

    public static void apply(ApplicationForm f, Permit p) {
        p.householdId = f.householdId();
        p.homesteadApprovalRef = blankToNull(f.homesteadApprovalRef());
        p.plotId = blankToNull(f.plotId());
        p.plotArea = f.plotArea();
        p.lat = f.lat();
        p.lng = f.lng();
        p.address = f.address().trim();
        p.kind = f.kind();
        p.storeys = f.storeys();
        p.heightM = f.heightM();
        p.floorArea = f.floorArea();
        p.investment = f.investment();
        p.structure = f.structure();
        p.standardDrawingSetId = blankToNull(f.standardDrawingSetId());
        p.designerName = blankToNull(f.designerName());
        p.designerQualificationNo = blankToNull(f.designerQualificationNo());
        p.designFirmName = blankToNull(f.designFirmName());
        p.designFirmCreditCode = blankToNull(f.designFirmCreditCode());
        p.contractorName = blankToNull(f.contractorName());
        p.contractorCreditCode = blankToNull(f.contractorCreditCode());
        p.crewId = f.crewId();
        p.plannedStartOn = f.plannedStartOn();
        p.existingGrade = f.existingGrade();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
