package org.anju.permits.permit;

import java.util.List;

import org.anju.permits.document.DocumentView;
import org.anju.permits.lifecycle.Action;
import org.anju.permits.lifecycle.Transitions;
import org.anju.permits.rules.ApplicationFacts;
import org.anju.permits.rules.TrackClassifier;
import org.anju.permits.visit.VisitView;

/** The one mapping from a build entity to the API and to the rules, and from a form onto the entity. */
public final class PermitMapper {

    private PermitMapper() {
    }

    public static PermitView toView(Permit p, List<DocumentView> documents, List<VisitView> visits) {
        return new PermitView(p.id, p.applicationNumber, p.householdId, p.townshipCode, p.villageCode, p.state, p.track,
                aboveLimitBecause(p),
                p.suspendedFrom, p.suspendedAt, p.stopWorkNoticeId, p.stopWorkSince, p.homesteadApprovalRef, p.plotId, p.plotArea, p.lat, p.lng, p.address, p.kind,
                p.storeys, p.heightM, p.floorArea, p.investment, p.structure, p.standardDrawingSetId, p.designerName,
                p.designerQualificationNo, p.designFirmName, p.designFirmCreditCode, p.contractorName,
                p.contractorCreditCode, p.crewId, p.plannedStartOn, p.existingGrade, p.noticeStartedOn, p.submittedAt,
                p.surveyDueOn, p.decisionDueOn, p.createdAt, p.updatedAt, p.version, allowedActions(p),
                documents, visits, null);
    }

    /** What the table allows from the build's state, less what a stop-work notice in force holds back. */
    public static List<Action> allowedActions(Permit p) {
        List<Action> all = Transitions.allowedFrom(p.state);
        return p.stopWorkNoticeId == null ? all : all.stream().filter(Transitions.UNDER_STOP_WORK::contains).toList();
    }

    /** The reasons as kept on the build. */
    public static String storedTrackReasons(List<TrackClassifier.Reached> reached) {
        return reached.isEmpty() ? null
                : reached.stream().map(TrackClassifier.Reached::stored).collect(java.util.stream.Collectors.joining("\n"));
    }

    /** The thresholds that put the build above the limit, as the API shows them; null below it. */
    static List<PermitView.AboveLimitBecause> aboveLimitBecause(Permit p) {
        if (p.trackReasons == null || p.trackReasons.isBlank()) {
            return null;
        }
        return p.trackReasons.lines().map(TrackClassifier.Reached::parse)
                .map(r -> new PermitView.AboveLimitBecause(r.threshold(), r.value(), r.limit(), r.messageZh(), r.message()))
                .toList();
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
