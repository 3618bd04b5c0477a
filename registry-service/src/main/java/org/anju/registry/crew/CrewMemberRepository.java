package org.anju.registry.crew;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.anju.registry.craftsman.Trade;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

/** Active and past memberships of crews. */
@ApplicationScoped
public class CrewMemberRepository implements PanacheRepositoryBase<CrewMember, UUID> {

    /**
     * The crew's active members as the API shows them, leader first then by name, in one statement: a crew page is
     * read far more often than it changes, so it skips entity loading (and the trades collection's second query).
     */
    public List<MemberView> activeMemberViews(UUID crewId, UUID leaderId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("select k.id, k.name, k.skill_level, "
                + "coalesce((select string_agg(t.trade, ',' order by t.trade) from craftsman_trade t "
                + "where t.craftsman_id = k.id), '') from crew_member m join craftsman k on k.id = m.craftsman_id "
                + "where m.crew_id = ?1 and m.left_on is null order by k.id = ?2 desc, k.name, k.id")
                .setParameter(1, crewId).setParameter(2, leaderId).getResultList();
        return rows.stream().map(r -> new MemberView((UUID) r[0], (String) r[1], trades((String) r[3]),
                r[2] == null ? null : ((Number) r[2]).intValue(), ((UUID) r[0]).equals(leaderId))).toList();
    }

    private static Set<Trade> trades(String joined) {
        Set<Trade> out = EnumSet.noneOf(Trade.class);
        for (String t : joined.split(",")) {
            if (!t.isEmpty()) {
                out.add(Trade.valueOf(t));
            }
        }
        return out;
    }

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
