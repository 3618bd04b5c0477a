package org.anju.permits.permit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Something the caller should know that does not stop the step: a field the next steps will need, still missing. */
@Schema(name = "Warning", requiredProperties = { "code", "field", "message", "messageZh" })
public record Warning(
        @Schema(description = "Stable code of the warning", examples = "crew-missing") String code,
        @Schema(description = "The field concerned", examples = "crewId") String field,
        @Schema(description = "What to do, in English") String message,
        @Schema(description = "What to do, in Chinese") String messageZh) {
}
