package org.anju.inspections.hazard;

import java.time.LocalDate;
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
