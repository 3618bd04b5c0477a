package org.anju.permits.permit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.anju.permits.lifecycle.PermitState;
import org.anju.permits.visit.VisitType;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One household's build, from application through the book and the certificate to completion. */
@Entity
@Table(name = "permit")
public class Permit extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "application_number")
    public String applicationNumber;
    @Column(name = "household_id")
    public UUID householdId;
    @Column(name = "county_code")
    public String countyCode;
    @Column(name = "township_code")
    public String townshipCode;
    @Column(name = "village_code")
    public String villageCode;
    @Column(name = "homestead_approval_ref")
    public String homesteadApprovalRef;
    @Column(name = "plot_id")
    public String plotId;
    @Column(name = "plot_area")
    public BigDecimal plotArea;
    public double lat;
    public double lng;
    public String address;
    @Enumerated(EnumType.STRING)
    public BuildKind kind;
    public int storeys;
    @Column(name = "height_m")
    public BigDecimal heightM;
    @Column(name = "floor_area")
    public BigDecimal floorArea;
    public BigDecimal investment;
    @Enumerated(EnumType.STRING)
    public Structure structure;
    @Column(name = "standard_drawing_set_id")
    public String standardDrawingSetId;
    @Column(name = "designer_name")
    public String designerName;
    @Column(name = "designer_qualification_no")
    public String designerQualificationNo;
    @Column(name = "design_firm_name")
    public String designFirmName;
    @Column(name = "design_firm_credit_code")
    public String designFirmCreditCode;
    @Column(name = "contractor_name")
    public String contractorName;
    @Column(name = "contractor_credit_code")
    public String contractorCreditCode;
    @Column(name = "crew_id")
    public UUID crewId;
    @Column(name = "planned_start_on")
    public LocalDate plannedStartOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "existing_grade")
    public SafetyGrade existingGrade;
    @Enumerated(EnumType.STRING)
    public Track track;
    /** The thresholds that put the build above the limit at submission, one {@code threshold|value|limit} line each. */
    @Column(name = "track_reasons")
    public String trackReasons;
    @Enumerated(EnumType.STRING)
    public PermitState state;
    @Enumerated(EnumType.STRING)
    @Column(name = "suspended_from")
    public PermitState suspendedFrom;
    /** The stop-work notice in force on the build (inspections-service's id), null when none is. */
    @Column(name = "stop_work_notice_id")
    public String stopWorkNoticeId;
    /** When that notice was issued (as far as permits-service learnt it). */
    @Column(name = "stop_work_since")
    public OffsetDateTime stopWorkSince;
    /** When the build was suspended; null unless SUSPENDED. */
    @Column(name = "suspended_at")
    public OffsetDateTime suspendedAt;
    /** The suspension came from a stop-work notice: only lifting the notice resumes the build. */
    @Column(name = "suspended_by_stop_work")
    public boolean suspendedByStopWork;
    @Column(name = "notice_started_on")
    public LocalDate noticeStartedOn;
    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;
    @Column(name = "survey_due_on")
    public LocalDate surveyDueOn;
    @Column(name = "decision_due_on")
    public LocalDate decisionDueOn;
    @Column(name = "crew_assigned")
    public boolean crewAssigned;
    /** The mandatory visit the build is due for now (kept by VisitSchedule); null when none is. */
    @Enumerated(EnumType.STRING)
    @Column(name = "due_visit")
    public VisitType dueVisit;
    /** Its deadline. */
    @Column(name = "visit_due_on")
    public LocalDate visitDueOn;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Column(name = "created_by")
    public String createdBy;
    @Version
    public long version;
}
