package org.anju.gateway.audit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One audit-log entry as the county admin reads it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "PersonalReadEntry", requiredProperties = { "id", "occurredAt", "actor", "actorRole", "county",
        "service", "recordType", "recordId" })
public record PersonalReadView(UUID id, OffsetDateTime occurredAt,
        @Schema(examples = "reader.bureau") String actor,
        @Schema(examples = "bureau_reader") String actorRole,
        @Schema(examples = "369901") String county,
        @Schema(examples = "permits") String service,
        @Schema(examples = "household") String recordType,
        String recordId,
        String path) {

    /** The documented shape of a page of entries. */
    @Schema(name = "PersonalReadPage", requiredProperties = "items")
    public record Page(List<PersonalReadView> items,
            @Schema(description = "Opaque cursor of the next page; absent on the last page") String nextCursor) {
    }
}
