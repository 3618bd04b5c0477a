package org.anju.permits.query;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.anju.common.period.StatisticsPeriod;
import org.anju.common.division.Division;
import org.anju.permits.lifecycle.PermitState;

/**
 * Statistics of applications and mandatory visits as a few grouped SQL counts over the townships in scope, each read
 * from an index on the date it filters on (V1 and V2); no list of builds is ever loaded to count.
 */
@ApplicationScoped
public class PermitStatistics {

    /** Decisions: the book issued, or the application refused (history actions). */
    static final String DECISIONS = "('issue-book', 'reject')";
    static final String LOCAL = "'Asia/Shanghai'";

    private final EntityManager em;

    public PermitStatistics(EntityManager em) {
        this.em = em;
    }

    /** The figures of each township for the period; builds by state and overdue ones as of {@code today}. */
    public StatisticsView period(List<Division> townships, StatisticsPeriod p, LocalDate today) {
        if (townships.isEmpty()) {
            return new StatisticsView(p.from(), p.to(), List.of());
        }
        List<String> codes = townships.stream().map(Division::code).toList();
        Map<String, Map<String, Long>> byState = new HashMap<>();
        for (Object[] r : rows(em.createNativeQuery("select township_code, state, count(*) from permit "
                + "where township_code in (:townships) group by township_code, state")
                .setParameter("townships", codes))) {
            byState.computeIfAbsent((String) r[0], t -> new HashMap<>()).put((String) r[1], Columns.count(r[2]));
        }
        // one row per township and measure; each branch reads its own index
        Map<String, Map<String, Object[]>> measures = new HashMap<>();
        for (Object[] r : rows(em.createNativeQuery("select township_code, 'submitted', count(*), cast(null as numeric) "
                + "from permit where township_code in (:townships) and submitted_at >= :start and submitted_at < :end "
                + "group by township_code "
                + "union all select p.township_code, 'decided', count(*), avg(cast(h.occurred_at at time zone " + LOCAL
                + " as date) - cast(p.submitted_at at time zone " + LOCAL + " as date)) "
                + "from permit_history h join permit p on p.id = h.permit_id where h.action in " + DECISIONS
                + " and h.occurred_at >= :start and h.occurred_at < :end and p.township_code in (:townships) "
                + "group by p.township_code "
                + "union all select township_code, 'overdue', count(*), null from permit "
                + "where township_code in (:townships) and ((state in ('SUBMITTED', 'VILLAGE_REVIEWED') and "
                + "survey_due_on < :today) or (state in ('SUBMITTED', 'VILLAGE_REVIEWED', 'SITE_SURVEYED') and "
                + "decision_due_on < :today)) group by township_code "
                + "union all select township_code, 'visits', count(*), "
                + "cast(count(*) filter (where status = 'PASSED') as numeric) from permit_visit "
                + "where township_code in (:townships) and due_on >= :fromDay and due_on <= :toDay "
                + "group by township_code")
                .setParameter("townships", codes).setParameter("start", p.start()).setParameter("end", p.end())
                .setParameter("today", today).setParameter("fromDay", p.from()).setParameter("toDay", p.to()))) {
            measures.computeIfAbsent((String) r[0], t -> new HashMap<>()).put((String) r[1], r);
        }
        List<StatisticsView.Township> out = townships.stream().map(t -> {
            Map<String, Long> states = new LinkedHashMap<>();
            for (PermitState s : PermitState.values()) {
                states.put(s.name(), byState.getOrDefault(t.code(), Map.of()).getOrDefault(s.name(), 0L));
            }
            Map<String, Object[]> m = measures.getOrDefault(t.code(), Map.of());
            long due = count(m.get("visits"), 2);
            long passed = count(m.get("visits"), 3);
            Object[] decided = m.get("decided");
            return new StatisticsView.Township(t.code(), t.name(), states, count(m.get("submitted"), 2),
                    count(decided, 2), decided == null || decided[3] == null ? null : oneDecimal(decided[3]),
                    count(m.get("overdue"), 2), due, passed, share(passed, due));
        }).toList();
        return new StatisticsView(p.from(), p.to(), out);
    }

    /** Intakes, decisions and mandatory visits due and passed per month of the period and township. */
    public MonthlyStatisticsView monthly(List<Division> townships, StatisticsPeriod p) {
        List<String> months = p.months();
        Map<String, Map<String, Object[]>> measures = new HashMap<>();
        if (!townships.isEmpty()) {
            for (Object[] r : rows(em.createNativeQuery("select to_char(submitted_at at time zone " + LOCAL
                    + ", 'YYYY-MM'), township_code, 'submitted', count(*), cast(0 as bigint) from permit "
                    + "where township_code in (:townships) and submitted_at >= :start and submitted_at < :end "
                    + "group by 1, 2 "
                    + "union all select to_char(h.occurred_at at time zone " + LOCAL + ", 'YYYY-MM'), p.township_code, "
                    + "'decided', count(*), 0 from permit_history h join permit p on p.id = h.permit_id "
                    + "where h.action in " + DECISIONS + " and h.occurred_at >= :start and h.occurred_at < :end "
                    + "and p.township_code in (:townships) group by 1, 2 "
                    + "union all select to_char(due_on, 'YYYY-MM'), township_code, 'visits', count(*), "
                    + "count(*) filter (where status = 'PASSED') from permit_visit "
                    + "where township_code in (:townships) and due_on >= :fromDay and due_on <= :toDay group by 1, 2")
                    .setParameter("townships", townships.stream().map(Division::code).toList())
                    .setParameter("start", p.start()).setParameter("end", p.end())
                    .setParameter("fromDay", p.from()).setParameter("toDay", p.to()))) {
                measures.computeIfAbsent(r[0] + "/" + r[1], k -> new HashMap<>()).put((String) r[2], r);
            }
        }
        List<MonthlyStatisticsView.Month> out = months.stream().map(month -> new MonthlyStatisticsView.Month(month,
                townships.stream().map(t -> {
                    Map<String, Object[]> m = measures.getOrDefault(month + "/" + t.code(), Map.of());
                    long due = count(m.get("visits"), 3);
                    long passed = count(m.get("visits"), 4);
                    return new MonthlyStatisticsView.Township(t.code(), t.name(), count(m.get("submitted"), 3),
                            count(m.get("decided"), 3), due, passed, share(passed, due));
                }).toList())).toList();
        return new MonthlyStatisticsView(months.get(0), months.get(months.size() - 1), out);
    }

    /** {@code done / due} rounded half-up to four decimals, or null when nothing was due (not 0, not 100 %). */
    static Double share(long done, long due) {
        if (due <= 0) {
            return null;
        }
        return BigDecimal.valueOf(done).divide(BigDecimal.valueOf(due), 4, RoundingMode.HALF_UP).doubleValue();
    }

    private static double oneDecimal(Object average) {
        return new BigDecimal(average.toString()).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    private static long count(Object[] row, int column) {
        return row == null ? 0 : Columns.count(row[column]);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }
}
