package org.anju.inspections.stopwork;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.anju.common.concurrency.TransactionLocks;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Stop-work notices. */
@ApplicationScoped
public class StopWorkRepository implements PanacheRepositoryBase<StopWorkNotice, UUID> {

    /**
     * Holds the build's stop-work decisions for the rest of the transaction, so two notices issued at the same moment
     * are decided one after the other (the second finds the first in force); the partial unique index of V7 backs it.
     */
    public void lockPermit(UUID permitId) {
        TransactionLocks.hold(getEntityManager(), "stop-work:" + permitId);
    }

    public Optional<StopWorkNotice> inForce(UUID permitId) {
        return find("permitId = ?1 and status = ?2", permitId, StopWorkNotice.Status.IN_FORCE).firstResultOptional();
    }

    /**
     * A build's notices, newest first, optionally in one state, strictly after the cursor position (issued at, id);
     * backed by stop_work_notice_permit (V5).
     */
    public List<StopWorkNotice> ofPermit(UUID permitId, StopWorkNotice.Status status, OffsetDateTime afterIssuedAt,
            UUID afterId, int limit) {
        StringBuilder q = new StringBuilder("permitId = ?1");
        List<Object> params = new ArrayList<>(List.of(permitId));
        return page(q, params, status, afterIssuedAt, afterId, limit);
    }

    /**
     * A township's notices, newest first, optionally in one state, strictly after the cursor position (issued at,
     * id); backed by stop_work_notice_township (with a state) and stop_work_notice_township_issued (without).
     */
    public List<StopWorkNotice> township(String township, StopWorkNotice.Status status, OffsetDateTime afterIssuedAt,
            UUID afterId, int limit) {
        StringBuilder q = new StringBuilder("townshipCode = ?1");
        List<Object> params = new ArrayList<>(List.of(township));
        return page(q, params, status, afterIssuedAt, afterId, limit);
    }

    private List<StopWorkNotice> page(StringBuilder q, List<Object> params, StopWorkNotice.Status status,
            OffsetDateTime afterIssuedAt, UUID afterId, int limit) {
        if (status != null) {
            params.add(status);
            q.append(" and status = ?").append(params.size());
        }
        if (afterIssuedAt != null) {
            params.add(afterIssuedAt);
            int at = params.size();
            params.add(afterId);
            q.append(" and (issuedAt < ?").append(at).append(" or (issuedAt = ?").append(at).append(" and id < ?")
                    .append(at + 1).append("))");
        }
        q.append(" order by issuedAt desc, id desc");
        return find(q.toString(), params.toArray()).page(0, limit).list();
    }
}
