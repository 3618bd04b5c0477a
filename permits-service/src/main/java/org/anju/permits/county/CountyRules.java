package org.anju.permits.county;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A county's rule values, changed at run time by the county admin (defaults from DESIGN.md section 3). */
@Entity
@Table(name = "county_rules")
public class CountyRules extends PanacheEntityBase {
    @Id
    @Column(name = "county_code")
    public String countyCode;
    @Column(name = "above_storeys")
    public int aboveStoreys;
    @Column(name = "above_floor_area")
    public BigDecimal aboveFloorArea;
    @Column(name = "above_investment")
    public BigDecimal aboveInvestment;
    @Column(name = "notice_days")
    public int noticeDays;
    @Column(name = "setback_national_m")
    public BigDecimal setbackNationalM;
    @Column(name = "setback_provincial_m")
    public BigDecimal setbackProvincialM;
    @Column(name = "setback_county_m")
    public BigDecimal setbackCountyM;
    @Column(name = "setback_township_m")
    public BigDecimal setbackTownshipM;
    /** Comma-separated visit types in order. */
    public String visits;
    @Column(name = "book_valid_months")
    public int bookValidMonths;
    @Column(name = "survey_working_days")
    public int surveyWorkingDays;
    @Column(name = "decision_working_days")
    public int decisionWorkingDays;
    @Column(name = "setting_out_working_days")
    public int settingOutWorkingDays;
    @Column(name = "stage_visit_working_days")
    public int stageVisitWorkingDays;
    /** REFUSE or WARN: what a submission meets when a layer a siting rule needs is not loaded. */
    @Column(name = "missing_layers")
    public String missingLayers;
    @Column(name = "new_build_after_completed_house")
    public boolean newBuildAfterCompletedHouse;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;
    @Version
    public long version;
}
