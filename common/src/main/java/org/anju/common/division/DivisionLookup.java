package org.anju.common.division;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A batch of division codes to check, e.g. before a county hall imports records. */
@Schema(name = "DivisionLookup", requiredProperties = "codes")
public record DivisionLookup(
        @NotEmpty @Size(max = 500) @Schema(description = "12-digit division codes, at most 500", maxItems = 500,
                minItems = 1) List<@Pattern(regexp = "[0-9]{12}", message = "must be 12 digits") String> codes) {

    /** The codes found, and those this county does not have. */
    @Schema(name = "DivisionLookupResult", requiredProperties = { "found", "unknown" })
    public record Result(List<Division> found, List<String> unknown) {
    }
}
