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
        int decisionWorkingDays) {

    /** The defaults of DESIGN.md section 3 (公路安全保护条例 Art. 11 setbacks, 7-day notice, the six visits). */
    public static CountyRuleSet defaults() {
        return new CountyRuleSet(3, new BigDecimal("300"), new BigDecimal("300000"), 7, new BigDecimal("20"),
                new BigDecimal("15"), new BigDecimal("10"), new BigDecimal("5"), List.of(VisitType.values()), 12, 3, 10);
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
