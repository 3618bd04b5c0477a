package org.anju.permits.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One build as a row of the BLDS core permits dataset (permitdata.org, "Core Permits Dataset Requirements"). Field
 * names are BLDS's own; values are ours mapped to its vocabularies. No personal identifiers: no household head, resident
 * ID, phone or designer. Areas are converted to square feet as BLDS asks; the square metres are in ExtraFields.
 */
@JsonPropertyOrder({ "PermitNum", "Description", "AppliedDate", "IssuedDate", "CompletedDate", "StatusCurrent",
        "StatusCurrentMapped", "StatusDate", "OriginalAddress1", "OriginalAddress2", "OriginalCity", "OriginalState",
        "OriginalZip", "Jurisdiction", "PermitClass", "PermitClassMapped", "WorkClass", "WorkClassMapped",
        "PermitType", "PermitTypeMapped", "PermitTypeDesc", "ProposedUse", "TotalSqFt", "HousingUnits",
        "EstProjectCost", "ContractorCompanyName", "ContractorLicNum", "ExpiresDate", "Latitude", "Longitude",
        "ExtraFields" })
@Schema(name = "BldsPermit", description = "A build in the BLDS core permits shape (permitdata.org)")
public record BldsPermit(
        @JsonProperty("PermitNum") @Schema(description = "Application number, the build's number from intake on",
                examples = "A369901-2026-000123", required = true) String permitNum,
        @JsonProperty("Description") @Schema(description = "Work permitted, Chinese / English",
                examples = "新建 2 层砖混结构农村自建住房，建筑面积 180.00 平方米 / new build, 2 storeys, brick-concrete, 180.00 m²")
        String description,
        @JsonProperty("AppliedDate") @Schema(description = "Day of intake (submission), Asia/Shanghai") LocalDate appliedDate,
        @JsonProperty("IssuedDate") @Schema(description = "Day the 乡村建设规划许可证 (the permit) was first issued")
        LocalDate issuedDate,
        @JsonProperty("CompletedDate") @Schema(description = "Day completion was accepted") LocalDate completedDate,
        @JsonProperty("StatusCurrent") @Schema(description = "Our state of the build", examples = "UNDER_CONSTRUCTION",
                required = true) String statusCurrent,
        @JsonProperty("StatusCurrentMapped") @Schema(description = "BLDS status", required = true,
                enumeration = { "Application Accepted", "In Review", "Permit Issued", "Inspection Phase",
                        "Permit Finaled", "Permit Cancelled" }) String statusCurrentMapped,
        @JsonProperty("StatusDate") @Schema(description = "Day of the build's last change") LocalDate statusDate,
        @JsonProperty("OriginalAddress1") @Schema(description = "Site address as recorded") String originalAddress1,
        @JsonProperty("OriginalAddress2") @Schema(description = "Village (行政村)", examples = "东门村") String originalAddress2,
        @JsonProperty("OriginalCity") @Schema(description = "Township (乡镇)", examples = "城关镇") String originalCity,
        @JsonProperty("OriginalState") @Schema(description = "County (县)", examples = "示范县") String originalState,
        @JsonProperty("OriginalZip") @Schema(description = "Not recorded: always empty") String originalZip,
        @JsonProperty("Jurisdiction") @Schema(description = "Six-digit county code", examples = "369901")
        String jurisdiction,
        @JsonProperty("PermitClass") @Schema(examples = "农村自建住房 rural self-built house") String permitClass,
        @JsonProperty("PermitClassMapped") @Schema(enumeration = { "Residential" }) String permitClassMapped,
        @JsonProperty("WorkClass") @Schema(description = "Our kind of build", examples = "NEW_BUILD") String workClass,
        @JsonProperty("WorkClassMapped") @Schema(description = "New for a new build or a rebuild; Existing for an "
                + "extension or a major repair", enumeration = { "New", "Existing" }) String workClassMapped,
        @JsonProperty("PermitType") @Schema(examples = "乡村建设规划许可证") String permitType,
        @JsonProperty("PermitTypeMapped") @Schema(enumeration = { "Building" }) String permitTypeMapped,
        @JsonProperty("PermitTypeDesc") String permitTypeDesc,
        @JsonProperty("ProposedUse") @Schema(examples = "住宅 dwelling") String proposedUse,
        @JsonProperty("TotalSqFt") @Schema(description = "Floor area in square feet (m² × 10.7639, rounded)")
        Long totalSqFt,
        @JsonProperty("HousingUnits") @Schema(description = "Always 1: one household, one house (一户一宅)")
        Integer housingUnits,
        @JsonProperty("EstProjectCost") @Schema(description = "Declared investment in yuan (CNY)") BigDecimal estProjectCost,
        @JsonProperty("ContractorCompanyName") @Schema(description = "Construction firm of an above-limit build, if any")
        String contractorCompanyName,
        @JsonProperty("ContractorLicNum") @Schema(description = "The firm's unified social credit code")
        String contractorLicNum,
        @JsonProperty("ExpiresDate") @Schema(description = "Valid-until of the current certificate, if it has one")
        LocalDate expiresDate,
        @JsonProperty("Latitude") @Schema(description = "Site latitude, WGS-84") Double latitude,
        @JsonProperty("Longitude") @Schema(description = "Site longitude, WGS-84") Double longitude,
        @JsonProperty("ExtraFields") @Schema(description = "Our fields BLDS has no place for: permitId, "
                + "bookNumber, certificateNumber, townshipCode, villageCode, track, storeys, heightMetres, "
                + "floorAreaSquareMetres, structure, crewId, suspendedFrom, currency") Map<String, Object> extraFields) {
}
