package org.anju.permits.query;

import org.anju.permits.lifecycle.PermitState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many builds a township has in one state. */
@Schema(name = "StateCount", requiredProperties = { "townshipCode", "state", "count" })
public record StateCount(@Schema(examples = "369901100000") String townshipCode, PermitState state,
        @Schema(examples = "17") long count) {
}
