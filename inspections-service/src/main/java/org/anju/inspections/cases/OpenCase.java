package org.anju.inspections.cases;

import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Opens a case from a patrol's finding. */
@Schema(name = "OpenCase", requiredProperties = { "kind", "townshipCode", "lat", "lng", "description" })
public record OpenCase(
        @Schema(description = "Client-generated id (offline phones)") UUID id,
        @NotNull IllegalCase.Kind kind,
        @NotNull @Pattern(regexp = "[0-9]{12}", message = "must be 12 digits") @Schema(examples = "369901200000") String townshipCode,
        @Pattern(regexp = "[0-9]{12}", message = "must be 12 digits") @Schema(examples = "369901200201") String villageCode,
        @NotNull @DecimalMin(value = "-90", message = "must be between -90 and 90") @DecimalMax(value = "90", message = "must be between -90 and 90") Double lat,
        @NotNull @DecimalMin(value = "-180", message = "must be between -180 and 180") @DecimalMax(value = "180", message = "must be between -180 and 180") Double lng,
        @Schema(description = "The permit, for a build not as permitted") UUID permitId,
        @Size(max = 200) @Schema(description = "The household, if known", examples = "张三户") String household,
        @NotBlank @Size(max = 4000) @Schema(examples = "未取得乡村建设规划许可证，已砌筑至二层") String description,
        @Schema(description = "The patrol visit that found it") UUID visitId) {
}
