package org.anju.permits.query;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.anju.permits.lifecycle.PermitState;
import org.anju.permits.permit.BuildKind;
import org.anju.permits.permit.Track;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One build in a list. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "PermitSummary", requiredProperties = { "id", "applicationNumber", "townshipCode", "villageCode", "state",
        "kind", "storeys", "createdAt" })
public record PermitSummary(UUID id, @Schema(examples = "A369901-2026-000123") String applicationNumber,
        String townshipCode, String villageCode, PermitState state, Track track, BuildKind kind, int storeys,
        OffsetDateTime submittedAt, LocalDate surveyDueOn, LocalDate decisionDueOn, OffsetDateTime createdAt) {
}
