package org.anju.inspections.hazard;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Rectification notices. */
@ApplicationScoped
public class NoticeRepository implements PanacheRepositoryBase<RectificationNotice, UUID> {

    public Optional<RectificationNotice> ofHazard(UUID hazardId) {
        return find("hazardId", hazardId).firstResultOptional();
    }

    /**
     * A build's notices in every state (or one), oldest first by issue time then id, strictly after the cursor position,
     * optionally overdue only; backed by rectification_notice_permit (V5).
     */
    public List<RectificationNotice> ofPermit(UUID permitId, RectificationNotice.Status status, boolean overdueOnly,
            LocalDate today, OffsetDateTime afterIssuedAt, UUID afterId, int limit) {
        StringBuilder q = new StringBuilder("permitId = ?1");
        List<Object> params = new ArrayList<>(List.of(permitId));
        if (overdueOnly) {
            status = RectificationNotice.Status.OPEN;
            params.add(today);
            q.append(" and deadline < ?").append(params.size());
        }
        if (status != null) {
            params.add(status);
            q.append(" and status = ?").append(params.size());
        }
        if (afterIssuedAt != null) {
            params.add(afterIssuedAt);
            int at = params.size();
            params.add(afterId);
            q.append(" and (issuedAt > ?").append(at).append(" or (issuedAt = ?").append(at).append(" and id > ?")
                    .append(at + 1).append("))");
        }
        q.append(" order by issuedAt, id");
        return find(q.toString(), params.toArray()).page(0, limit).list();
    }

    /** Open notices of a township by deadline then id, after the cursor position, optionally overdue only. */
    public List<RectificationNotice> open(String township, boolean overdueOnly, LocalDate today,
            LocalDate afterDeadline, UUID afterId, int limit) {
        StringBuilder q = new StringBuilder("townshipCode = ?1 and status = ?2");
        List<Object> params = new ArrayList<>(List.of(township, RectificationNotice.Status.OPEN));
        if (overdueOnly) {
            params.add(today);
            q.append(" and deadline < ?").append(params.size());
        }
        if (afterDeadline != null) {
            params.add(afterDeadline);
            int d = params.size();
            params.add(afterId);
            q.append(" and (deadline > ?").append(d).append(" or (deadline = ?").append(d).append(" and id > ?")
                    .append(d + 1).append("))");
        }
        q.append(" order by deadline, id");
        return find(q.toString(), params.toArray()).page(0, limit).list();
    }
}
