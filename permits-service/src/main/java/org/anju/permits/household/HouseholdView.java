package org.anju.permits.household;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A household as answered: the resident ID and the register number are masked except for the county admin. */
@Schema(name = "Household", requiredProperties = { "id", "headName", "headResidentId", "registerNumber", "villageCode",
        "townshipCode", "version" })
public record HouseholdView(UUID id, @Schema(examples = "王建国") String headName,
        @Schema(description = "Masked (3699**********001X) except for county_admin") String headResidentId,
        @Schema(description = "Household register number (户口簿编号), masked (HK-1***3c4d) except for county_admin")
        String registerNumber, @Schema(examples = "369901100201") String villageCode,
        @Schema(examples = "369901100000") String townshipCode, OffsetDateTime createdAt, long version) {
}
