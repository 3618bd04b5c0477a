package org.anju.permits.permit;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.anju.common.concurrency.TransactionLocks;
import org.anju.permits.lifecycle.PermitState;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Builds by id and the queries the rules need. */
@ApplicationScoped
public class PermitRepository implements PanacheRepositoryBase<Permit, UUID> {

    /** Application numbers of the household's active builds other than this one (一户一宅). */
    public List<String> otherActiveBuilds(UUID householdId, UUID except) {
        return find("householdId = ?1 and id <> ?2 and state in ?3", householdId, except, PermitState.ACTIVE)
                .project(NumberOnly.class).list().stream().map(NumberOnly::applicationNumber).toList();
    }

    /**
     * The county's other active builds that hold this plot or this homestead approval (一户一宅: an active build holds
     * both county-wide), oldest first. Takes a transaction-scoped lock on each of the two values first, so two
     * submissions naming the same plot at the same moment are decided one after the other.
     */
    public List<PlotHolding> holdersOf(Permit p) {
        List<String> keys = new java.util.ArrayList<>();
        if (p.plotId != null) {
            keys.add(p.countyCode + ":plot:" + normal(p.plotId));
        }
        if (p.homesteadApprovalRef != null) {
            keys.add(p.countyCode + ":homestead:" + normal(p.homesteadApprovalRef));
        }
        if (keys.isEmpty()) {
            return List.of();
        }
        keys.stream().sorted().forEach(k -> TransactionLocks.hold(getEntityManager(), k));
        return getEntityManager().createQuery("select new org.anju.permits.permit.PermitRepository$PlotHolding("
                + "p.applicationNumber, p.plotId, p.homesteadApprovalRef) from Permit p where p.countyCode = ?1 "
                + "and p.id <> ?2 and p.state in ?3 and (lower(p.plotId) = ?4 or lower(p.homesteadApprovalRef) = ?5) "
                + "order by p.submittedAt, p.id", PlotHolding.class)
                .setParameter(1, p.countyCode).setParameter(2, p.id).setParameter(3, PermitState.ACTIVE)
                .setParameter(4, p.plotId == null ? "" : normal(p.plotId))
                .setParameter(5, p.homesteadApprovalRef == null ? "" : normal(p.homesteadApprovalRef))
                .getResultList();
    }

    /** Application numbers of the household's completed new houses (a new build or a rebuild, completed or archived). */
    public List<String> completedNewHouses(UUID householdId) {
        return find("householdId = ?1 and state in ?2 and kind in ?3", householdId,
                List.of(PermitState.COMPLETED, PermitState.ARCHIVED), List.of(BuildKind.NEW_BUILD, BuildKind.REBUILD))
                .project(NumberOnly.class).list().stream().map(NumberOnly::applicationNumber).toList();
    }

    private static String normal(String value) {
        return value.trim().toLowerCase(java.util.Locale.ROOT);
    }

    /** An active build holding a plot or a homestead approval. */
    public record PlotHolding(String applicationNumber, String plotId, String homesteadApprovalRef) {
    }

    /** Projection of the application number. */
    public record NumberOnly(String applicationNumber) {
    }
}
