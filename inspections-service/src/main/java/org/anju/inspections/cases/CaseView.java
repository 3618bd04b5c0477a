package org.anju.inspections.cases;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An illegal construction case with its history. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "IllegalConstructionCase", requiredProperties = { "id", "kind", "state", "townshipCode", "lat", "lng",
        "description", "openedAt", "openedBy", "allowedNext", "version" })
public record CaseView(UUID id, IllegalCase.Kind kind, CaseState state, String townshipCode, String villageCode,
        double lat, double lng, UUID permitId, @Schema(examples = "张三户") String household, String description,
        UUID visitId, OffsetDateTime openedAt, String openedBy,
        @Schema(description = "States the case may move to next") List<CaseState> allowedNext,
        @Schema(description = "Oldest first; absent in lists") List<Step> history, long version) {

    /** One step of the history. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CaseStep", requiredProperties = { "toState", "actor", "at" })
    public record Step(CaseState fromState, CaseState toState, String actor, String actorRole, String note,
            OffsetDateTime at) {
    }

    static CaseView of(IllegalCase c, List<CaseHistory> history) {
        return new CaseView(c.id, c.kind, c.state, c.townshipCode, c.villageCode, c.lat, c.lng, c.permitId,
                c.household, c.description, c.visitId, c.openedAt, c.openedBy, List.copyOf(c.state.next()),
                history == null ? null : history.stream().map(h -> new Step(h.fromState, h.toState, h.actor,
                        h.actorRole, h.note, h.at)).toList(), c.version);
    }
}
