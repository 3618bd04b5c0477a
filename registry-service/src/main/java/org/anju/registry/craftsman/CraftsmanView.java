package org.anju.registry.craftsman;

import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A craftsman as a caller sees him: resident ID and phone masked except for the county admin. */
@Schema(name = "Craftsman", requiredProperties = { "id", "name", "residentId", "phone", "homeTownshipCode", "trades",
        "creditScore", "training", "version" })
public record CraftsmanView(
        UUID id,
        @Schema(examples = "张建国") String name,
        @Schema(description = "Masked (3699**********001X) except for county_admin", examples = "3699**********001X") String residentId,
        @Schema(description = "Masked (138****5678) except for county_admin", examples = "138****5678") String phone,
        @Schema(examples = "369901100000") String homeTownshipCode,
        @Schema(examples = "369901100201") String homeVillageCode,
        Set<Trade> trades,
        @Schema(examples = "4") Integer skillLevel,
        String certifyingBody,
        String certificateNumber,
        @Schema(examples = "100") int creditScore,
        @Schema(description = "The crew he belongs to now, if any") UUID crewId,
        @Schema(description = "Training currency as of today") TrainingStatusView training,
        @Schema(description = "Version for If-Match", examples = "0") long version) {
}
