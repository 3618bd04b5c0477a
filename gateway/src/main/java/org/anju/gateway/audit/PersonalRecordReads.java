package org.anju.gateway.audit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.anju.common.paging.Cursor;
import org.anju.common.paging.Page;
import org.anju.common.problem.FieldViolation;
import org.anju.common.problem.ProblemException;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The audit log of personal-record reads: written by the gateway and from other services' events, newest first. */
@ApplicationScoped
public class PersonalRecordReads implements PanacheRepositoryBase<PersonalRecordRead, UUID> {

    /** Records a read; joins the caller's transaction when there is one. */
    @Transactional
    public void record(UUID id, OffsetDateTime at, PersonalRead read) {
        persist(new PersonalRecordRead(id, at, read));
    }

    /** Filters of the audit list; null means "any". */
    public record Filter(String actor, String recordType, String recordId, OffsetDateTime from, OffsetDateTime to) {
    }

    @SuppressWarnings("unchecked")
    public Page<PersonalReadView> page(String county, Filter filter, String cursor, Integer limit) {
        int size = Cursor.limit(limit);
        var after = Cursor.decode(cursor, 2);
        StringBuilder sql = new StringBuilder("select * from personal_record_read where county_code = :county");
        if (filter.actor() != null) {
            sql.append(" and actor = :actor");
        }
        if (filter.recordType() != null) {
            sql.append(" and record_type = :recordType");
        }
        if (filter.recordId() != null) {
            sql.append(" and record_id = :recordId");
        }
        if (filter.from() != null) {
            sql.append(" and occurred_at >= :from");
        }
        if (filter.to() != null) {
            sql.append(" and occurred_at < :to");
        }
        if (!after.isEmpty()) {
            sql.append(" and (occurred_at, id) < (:afterAt, :afterId)");
        }
        sql.append(" order by occurred_at desc, id desc limit :limit");
        var query = getEntityManager().createNativeQuery(sql.toString(), PersonalRecordRead.class)
                .setParameter("county", county).setParameter("limit", size + 1);
        if (filter.actor() != null) {
            query.setParameter("actor", filter.actor());
        }
        if (filter.recordType() != null) {
            query.setParameter("recordType", filter.recordType());
        }
        if (filter.recordId() != null) {
            query.setParameter("recordId", filter.recordId());
        }
        if (filter.from() != null) {
            query.setParameter("from", filter.from());
        }
        if (filter.to() != null) {
            query.setParameter("to", filter.to());
        }
        if (!after.isEmpty()) {
            try {
                query.setParameter("afterAt", OffsetDateTime.parse(after.get(0).asText()))
                        .setParameter("afterId", UUID.fromString(after.get(1).asText()));
            } catch (RuntimeException e) {
                throw ProblemException.invalid(new FieldViolation("cursor", "cursor-format",
                        "cursor is not one this list handed out", "分页游标无效"));
            }
        }
        List<PersonalRecordRead> rows = query.getResultList();
        List<PersonalReadView> items = rows.stream().limit(size).map(PersonalRecordRead::view).toList();
        String next = null;
        if (rows.size() > size) {
            PersonalRecordRead last = rows.get(size - 1);
            next = Cursor.encode(last.occurredAt().toString(), last.id().toString());
        }
        return new Page<>(items, next);
    }
}
