package org.anju.registry.crew;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

/** Active and past memberships of crews. */
@ApplicationScoped
public class CrewMemberRepository implements PanacheRepositoryBase<CrewMember, UUID> {

    public List<CrewMember> activeOf(UUID crewId) {
        return list("crewId = ?1 and leftOn is null", crewId);
    }

    public List<CrewMember> activeOf(Collection<UUID> crewIds) {
        return crewIds.isEmpty() ? List.of() : list("crewId in ?1 and leftOn is null", crewIds);
    }

    public Optional<CrewMember> activeMembership(UUID craftsmanId) {
        return find("craftsmanId = ?1 and leftOn is null", craftsmanId).firstResultOptional();
    }

    /** Ends every active membership of a crew (on revocation), freeing its craftsmen for another crew. */
    public int endAll(UUID crewId, LocalDate on) {
        return update("leftOn = :on where crewId = :crew and leftOn is null",
                Parameters.with("on", on).and("crew", crewId));
    }
}
