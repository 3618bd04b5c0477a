package org.anju.registry.credit;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.anju.common.paging.Cursor;
import org.anju.common.paging.Page;
import org.anju.registry.config.RegistryConfig;
import org.anju.registry.support.Clock;

import io.quarkus.logging.Log;

/** Deducts credit points by the county's table and keeps every change in the score history. */
@ApplicationScoped
public class CreditService {

    /** Every crew's and craftsman's score starts here; a reversal never lifts a score above it. */
    public static final int INITIAL_SCORE = 100;

    private final EntityManager em;
    private final RegistryConfig config;

    public CreditService(EntityManager em, RegistryConfig config) {
        this.em = em;
        this.config = config;
    }

    /** Points a confirmed hazard of this grade costs, or null for a grade the table does not know. */
    public Integer deduction(String grade) {
        return grade == null ? null : config.hazardDeductions().get(grade);
    }

    /** The grades the deduction table knows, for error messages. */
    public java.util.Set<String> gradesKnown() {
        return new java.util.TreeSet<>(config.hazardDeductions().keySet());
    }

    /** Lowers the score (never below 0) without touching the record's version, and appends the history entry. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int deduct(CreditRecord.Subject subject, UUID subjectId, int points, String reason, String grade,
            UUID hazardId, UUID permitId, UUID eventId) {
        String table = subject == CreditRecord.Subject.CREW ? "crew" : "craftsman";
        Number current = (Number) em.createNativeQuery("select credit_score from " + table + " where id = ?1 for update")
                .setParameter(1, subjectId).getSingleResult();
        int before = current.intValue();
        int after = Math.max(0, before - points);
        em.createNativeQuery("update " + table + " set credit_score = ?1 where id = ?2")
                .setParameter(1, after).setParameter(2, subjectId).executeUpdate();
        CreditRecord r = new CreditRecord();
        r.id = UUID.randomUUID();
        r.subjectType = subject;
        r.subjectId = subjectId;
        r.delta = after - before;
        r.scoreAfter = after;
        r.reason = reason;
        r.grade = grade;
        r.hazardId = hazardId;
        r.permitId = permitId;
        r.eventId = eventId;
        r.recordedAt = Clock.now();
        em.persist(r);
        Log.debugf("Credit of %s %s: %d -> %d (%s)", subject, subjectId, before, after, reason);
        return after;
    }

    /**
     * Gives back every deduction a hazard caused (the crew's and its leader's) with a REVERSAL entry each, naming the
     * hazard and why it was voided; a deduction is reversed at most once, and a hazard never deducted changes nothing.
     *
     * @return how many deductions were reversed now
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int reverseHazard(UUID hazardId, String voidReason, UUID eventId) {
        List<CreditRecord> deductions = em.createQuery("from CreditRecord where hazardId = :hazard and kind = :kind "
                + "order by seq", CreditRecord.class).setParameter("hazard", hazardId)
                .setParameter("kind", CreditRecord.Kind.DEDUCTION).getResultList();
        int reversed = 0;
        for (CreditRecord d : deductions) {
            String table = d.subjectType == CreditRecord.Subject.CREW ? "crew" : "craftsman";
            // the subject's lock serialises reversals of the same deduction: the check below cannot race
            Number current = (Number) em.createNativeQuery("select credit_score from " + table
                    + " where id = ?1 for update").setParameter(1, d.subjectId).getSingleResult();
            boolean done = !em.createQuery("select r.id from CreditRecord r where r.reversesId = :id")
                    .setParameter("id", d.id).getResultList().isEmpty();
            if (done) {
                continue;
            }
            int before = current.intValue();
            int after = Math.min(INITIAL_SCORE, before - d.delta);
            em.createNativeQuery("update " + table + " set credit_score = ?1 where id = ?2")
                    .setParameter(1, after).setParameter(2, d.subjectId).executeUpdate();
            CreditRecord r = new CreditRecord();
            r.id = UUID.randomUUID();
            r.kind = CreditRecord.Kind.REVERSAL;
            r.reversesId = d.id;
            r.subjectType = d.subjectType;
            r.subjectId = d.subjectId;
            r.delta = after - before;
            r.scoreAfter = after;
            r.reason = "Hazard " + hazardId + " voided by the county (隐患已被县住建局撤销): " + voidReason;
            r.grade = d.grade;
            r.hazardId = hazardId;
            r.permitId = d.permitId;
            r.eventId = eventId;
            r.recordedAt = Clock.now();
            em.persist(r);
            reversed++;
            Log.debugf("Credit of %s %s: %d -> %d (hazard %s voided)", d.subjectType, d.subjectId, before, after,
                    hazardId);
        }
        return reversed;
    }

    /** The score history of a crew or craftsman, newest first, keyset-paged. */
    public Page<CreditEntry> history(CreditRecord.Subject subject, UUID subjectId, String cursor, Integer limit) {
        int size = Cursor.limit(limit);
        var keys = Cursor.decode(cursor, 1);
        String q = "from CreditRecord where subjectType = :subject and subjectId = :id"
                + (keys.isEmpty() ? "" : " and seq < :after") + " order by seq desc";
        var query = em.createQuery(q, CreditRecord.class).setParameter("subject", subject)
                .setParameter("id", subjectId).setMaxResults(size + 1);
        if (!keys.isEmpty()) {
            query.setParameter("after", keys.get(0).asLong());
        }
        List<CreditRecord> rows = new ArrayList<>(query.getResultList());
        String next = null;
        if (rows.size() > size) {
            rows = rows.subList(0, size);
            next = Cursor.encode(rows.get(size - 1).seq);
        }
        return new Page<>(rows.stream().map(CreditEntry::of).toList(), next);
    }
}
