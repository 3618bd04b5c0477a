package org.anju.permits.rules;

import java.math.BigDecimal;
import java.util.List;

import org.anju.permits.gis.RoadClass;
import org.anju.permits.visit.VisitType;

/** The county's configurable rule values (thresholds, notice days, setbacks, visits), as plain data for the rules. */
public record CountyRuleSet(
        int aboveStoreys,
        BigDecimal aboveFloorArea,
        BigDecimal aboveInvestment,
        int noticeDays,
        BigDecimal setbackNationalM,
        BigDecimal setbackProvincialM,
        BigDecimal setbackCountyM,
        BigDecimal setbackTownshipM,
        List<VisitType> visits,
        int bookValidMonths,
        int surveyWorkingDays,
        int decisionWorkingDays,
        int settingOutWorkingDays,
        int stageVisitWorkingDays,
        MissingLayers missingLayers,
        boolean newBuildAfterCompletedHouse) {

    /** What a submission meets when a layer that a siting rule needs is not loaded. */
    public enum MissingLayers {
        /** Refused with layer-missing (the default: a rule without its data does not pass). */
        REFUSE,
        /** Accepted, with a warning in the answer and the history. */
        WARN
    }

    /**
     * The defaults of DESIGN.md section 3 (公路安全保护条例 Art. 11 setbacks, 7-day notice, the six visits, survey
     * within 3 working days of intake, decision within 10), setting-out within 3 working days of the certificate and
     * each later visit within 3 of the previous one passing; a missing layer refuses, and a household with a completed
     * new house files no second new build.
     */
    public static CountyRuleSet defaults() {
        return new CountyRuleSet(3, new BigDecimal("300"), new BigDecimal("300000"), 7, new BigDecimal("20"),
                new BigDecimal("15"), new BigDecimal("10"), new BigDecimal("5"), List.of(VisitType.values()), 12, 3, 10, 3, 3,
                MissingLayers.REFUSE, false);
    }

    public double setbackFor(RoadClass roadClass) {
        return switch (roadClass) {
            case NATIONAL -> setbackNationalM.doubleValue();
            case PROVINCIAL -> setbackProvincialM.doubleValue();
            case COUNTY -> setbackCountyM.doubleValue();
            case TOWNSHIP -> setbackTownshipM.doubleValue();
        };
    }
}
