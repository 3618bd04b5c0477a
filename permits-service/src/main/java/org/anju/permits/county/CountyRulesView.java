package org.anju.permits.county;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.anju.permits.rules.CountyRuleSet;
import org.anju.permits.visit.VisitType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A county's rules as read and written over the API. 县级规则。 */
@Schema(name = "CountyRules", requiredProperties = { "aboveStoreys", "aboveFloorArea", "aboveInvestment", "noticeDays",
        "setbackNationalM", "setbackProvincialM", "setbackCountyM", "setbackTownshipM", "visits", "bookValidMonths",
        "surveyWorkingDays", "decisionWorkingDays" })
public record CountyRulesView(
        @Schema(readOnly = true, examples = "369901") String countyCode,
        @NotNull @Min(1) @Max(10) @Schema(description = "Storeys from which a build is above the limit", examples = "3") Integer aboveStoreys,
        @NotNull @DecimalMin("1") @Schema(description = "Floor area (m²) from which a build is above the limit", examples = "300") BigDecimal aboveFloorArea,
        @NotNull @DecimalMin("1") @Schema(description = "Investment (¥) from which a build is above the limit", examples = "300000") BigDecimal aboveInvestment,
        @NotNull @Min(0) @Max(60) @Schema(description = "Days of village public notice", examples = "7") Integer noticeDays,
        @NotNull @DecimalMin("0") @Schema(examples = "20") BigDecimal setbackNationalM,
        @NotNull @DecimalMin("0") @Schema(examples = "15") BigDecimal setbackProvincialM,
        @NotNull @DecimalMin("0") @Schema(examples = "10") BigDecimal setbackCountyM,
        @NotNull @DecimalMin("0") @Schema(examples = "5") BigDecimal setbackTownshipM,
        @NotEmpty @Schema(description = "Mandatory visits in order") List<@NotNull VisitType> visits,
        @NotNull @Min(1) @Max(60) @Schema(description = "Months the book stays valid without a certificate", examples = "12") Integer bookValidMonths,
        @NotNull @Min(1) @Max(60) @Schema(description = "Working days from intake to site survey", examples = "3") Integer surveyWorkingDays,
        @NotNull @Min(1) @Max(120) @Schema(description = "Working days from intake to decision", examples = "10") Integer decisionWorkingDays,
        @Min(1) @Max(60) @Schema(description = "Working days from the certificate to the setting-out visit (absent in a change: unchanged)", examples = "3") Integer settingOutWorkingDays,
        @Min(1) @Max(120) @Schema(description = "Working days from one mandatory visit passing to the next one after setting-out (absent in a change: unchanged)", examples = "3") Integer stageVisitWorkingDays,
        @Schema(description = "When a GIS layer a siting rule needs (planning areas, hazard zones, roads) is not loaded: "
                + "REFUSE the submission with layer-missing (default), or WARN and accept it. 图层缺失时拒绝或仅提示"
                + " (absent in a change: unchanged)") CountyRuleSet.MissingLayers missingLayers,
        @Schema(description = "Whether a household whose new house is completed may file another NEW_BUILD (default "
                + "false: 一户一宅; rebuilding or extending that house is always allowed; absent in a change: unchanged)")
        Boolean newBuildAfterCompletedHouse) {
}
