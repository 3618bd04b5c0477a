package org.anju.registry.crew;

import java.util.Set;
import java.util.UUID;

import org.anju.registry.craftsman.Trade;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A crew member without personal identifiers. */
@Schema(name = "CrewMember", requiredProperties = { "craftsmanId", "name", "trades", "leader" })
public record MemberView(UUID craftsmanId, @Schema(examples = "张建国") String name, Set<Trade> trades,
        @Schema(examples = "4") Integer skillLevel, boolean leader) {
}
