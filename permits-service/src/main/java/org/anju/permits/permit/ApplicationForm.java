package org.anju.permits.permit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.anju.common.identity.CreditCode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A household's application as filed (or corrected while a draft). Missing business items (homestead reference,
 * design, firms) are accepted in a draft and refused, all together, at submission.
 */
@Schema(name = "ApplicationForm", description = "建房申请 A build application",
        requiredProperties = { "householdId", "lat", "lng", "address", "kind", "storeys", "heightM", "floorArea",
                "investment", "structure" })
public record ApplicationForm(
        @NotNull @Schema(description = "Household applying", examples = "6f1c2a9e-3b1d-4c55-9c2e-2f1a7b9d0e11") UUID householdId,
        @Size(max = 64) @Schema(description = "宅基地批准书 number", examples = "宅批(2026)第0123号") String homesteadApprovalRef,
        @Size(max = 64) @Schema(description = "Homestead plot id", examples = "369901100201-JC-0088") String plotId,
        @Positive @Digits(integer = 8, fraction = 2) @Schema(description = "Homestead plot area, m²", examples = "150") BigDecimal plotArea,
        @NotNull @DecimalMin("18.0") @DecimalMax("53.6") @Schema(description = "Site latitude, WGS-84", examples = "28.452") Double lat,
        @NotNull @DecimalMin("73.4") @DecimalMax("135.1") @Schema(description = "Site longitude, WGS-84", examples = "117.963") Double lng,
        @NotBlank @Size(max = 200) @Schema(examples = "示范县城关镇东门村 3 组 18 号") String address,
        @NotNull BuildKind kind,
        @NotNull @Min(1) @Max(7) @Schema(examples = "2") Integer storeys,
        @NotNull @Positive @DecimalMax("30") @Digits(integer = 4, fraction = 2) @Schema(description = "Height, m", examples = "7.2") BigDecimal heightM,
        @NotNull @Positive @Digits(integer = 8, fraction = 2) @Schema(description = "Total floor area, m²", examples = "220") BigDecimal floorArea,
        @NotNull @PositiveOrZero @Digits(integer = 12, fraction = 2) @Schema(description = "Estimated investment, ¥", examples = "250000") BigDecimal investment,
        @NotNull Structure structure,
        @Size(max = 64) @Schema(description = "County standard drawing set (通用图) id", examples = "TYT-2024-07") String standardDrawingSetId,
        @Size(max = 64) @Schema(description = "Designer's name, when not a standard set") String designerName,
        @Size(max = 64) @Schema(description = "Designer's qualification number") String designerQualificationNo,
        @Size(max = 100) @Schema(description = "Design firm (above the limit)") String designFirmName,
        @CreditCode @Schema(description = "Design firm's unified social credit code") String designFirmCreditCode,
        @Size(max = 100) @Schema(description = "Construction company (above the limit)") String contractorName,
        @CreditCode @Schema(description = "Construction company's unified social credit code") String contractorCreditCode,
        @Schema(description = "Builder crew (registry-service id)") UUID crewId,
        @Schema(description = "Planned start date", examples = "2026-12-15") LocalDate plannedStartOn,
        @Schema(description = "Existing house's safety grade, for a rebuild or extension") SafetyGrade existingGrade) {
}
