package org.anju.inspections.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.anju.common.period.StatisticsPeriod;
import org.anju.common.division.Division;

/**
 * The statistics as a handful of grouped SQL counts over the caller's townships, each backed by an index of V3 (or
 * of V1) on (township, the date it filters on): no list is ever read to count.
 */
@ApplicationScoped
public class StatisticsQueries {

    private static final String MANDATORY = "('SITE_SURVEY', 'SETTING_OUT', 'FOUNDATION_TRENCH', 'KEY_MILESTONE', "
            + "'MAIN_STRUCTURE', 'COMPLETION_ACCEPTANCE')";
    private static final String PASSED = "('PASSED', 'PASSED_WITH_CONDITIONS')";

    private final EntityManager em;

    public StatisticsQueries(EntityManager em) {
        this.em = em;
    }

    /** The figures of each township for the period; "now" figures ({@code noticesOverdue}, in force) as of today. */
    public StatisticsView period(List<Division> townships, StatisticsPeriod p, LocalDate today) {
        List<String> codes = townships.stream().map(Division::code).toList();
        if (codes.isEmpty()) {
            return new StatisticsView(p.from(), p.to(), List.of());
        }
        Map<String, long[]> visits = rows(em.createNativeQuery("select township_code, count(*), "
                + "count(*) filter (where on_site), count(*) filter (where not on_site), "
                + "count(*) filter (where on_site and visit_type in " + MANDATORY + " and outcome in " + PASSED + ") "
                + "from visit where status = 'RECORDED' and township_code in (:townships) "
                + "and timeline_at >= :start and timeline_at < :end group by township_code")
                .setParameter("townships", codes).setParameter("start", p.start()).setParameter("end", p.end())
                .getResultList(), 4);
        Map<String, long[]> hazards = new HashMap<>();
        for (Object r : em.createNativeQuery("select township_code, grade, count(*) from hazard "
                + "where township_code in (:townships) and created_at >= :start and created_at < :end "
                + "and status <> 'VOIDED' "
                + "group by township_code, grade").setParameter("townships", codes).setParameter("start", p.start())
                .setParameter("end", p.end()).getResultList()) {
            Object[] row = (Object[]) r;
            int grade = switch ((String) row[1]) {
                case "GENERAL" -> 0;
                case "MAJOR" -> 1;
                default -> 2;
            };
            hazards.computeIfAbsent((String) row[0], x -> new long[3])[grade] = ((Number) row[2]).longValue();
        }
        // one row per township and measure; each branch reads its own index
        Map<String, Map<String, long[]>> measures = new HashMap<>();
        for (Object r : em.createNativeQuery("""
                select township_code, 'issued', count(*), 0 from rectification_notice
                 where township_code in (:townships) and issued_at >= :start and issued_at < :end group by 1
                union all
                select township_code, 'closed', count(*), 0 from rectification_notice
                 where township_code in (:townships) and closed_at >= :start and closed_at < :end group by 1
                union all
                select township_code, 'due', count(*), count(*) filter (where status = 'CLOSED') from rectification_notice
                 where township_code in (:townships) and deadline >= :fromDay and deadline <= :toDay
                   and status <> 'VOIDED' group by 1
                union all
                select township_code, 'overdue', count(*), 0 from rectification_notice
                 where township_code in (:townships) and status = 'OPEN' and deadline < :today group by 1
                union all
                select township_code, 'stopIssued', count(*), 0 from stop_work_notice
                 where township_code in (:townships) and issued_at >= :start and issued_at < :end group by 1
                union all
                select township_code, 'stopInForce', count(*), 0 from stop_work_notice
                 where township_code in (:townships) and status = 'IN_FORCE' group by 1
                union all
                select township_code, 'cases', count(*), 0 from illegal_case
                 where township_code in (:townships) and opened_at >= :start and opened_at < :end group by 1
                """).setParameter("townships", codes).setParameter("start", p.start()).setParameter("end", p.end())
                .setParameter("fromDay", p.from()).setParameter("toDay", p.to()).setParameter("today", today)
                .getResultList()) {
            Object[] row = (Object[]) r;
            measures.computeIfAbsent((String) row[0], x -> new HashMap<>()).put((String) row[1],
                    new long[] { ((Number) row[2]).longValue(), ((Number) row[3]).longValue() });
        }
        List<StatisticsView.Township> out = new ArrayList<>();
        for (Division t : townships) {
            long[] v = visits.getOrDefault(t.code(), new long[4]);
            long[] h = hazards.getOrDefault(t.code(), new long[3]);
            Map<String, long[]> m = measures.getOrDefault(t.code(), Map.of());
            long[] due = m.getOrDefault("due", new long[2]);
            out.add(new StatisticsView.Township(t.code(), t.name(), v[0], v[1], v[2], v[3],
                    new StatisticsView.Hazards(h[0], h[1], h[2]), count(m, "issued"), count(m, "closed"), due[0],
                    due[1], Rates.share(due[1], due[0]), count(m, "overdue"), count(m, "stopIssued"),
                    count(m, "stopInForce"), count(m, "cases")));
        }
        return new StatisticsView(p.from(), p.to(), out);
    }

    /** Visits on and off site (by check-in day) and notices due and closed out (by deadline) per month. */
    public MonthlyView monthly(List<Division> townships, StatisticsPeriod p) {
        List<String> codes = townships.stream().map(Division::code).toList();
        if (codes.isEmpty()) {
            return new MonthlyView(p.months().get(0), p.months().get(p.months().size() - 1),
                    p.months().stream().map(m -> new MonthlyView.Month(m, List.of())).toList());
        }
        Map<String, long[]> visits = rows(em.createNativeQuery("select township_code || '/' || "
                + "to_char(timeline_at at time zone 'Asia/Shanghai', 'YYYY-MM'), count(*) filter (where on_site), "
                + "count(*) filter (where not on_site) from visit where status = 'RECORDED' "
                + "and township_code in (:townships) and timeline_at >= :start and timeline_at < :end group by 1")
                .setParameter("townships", codes).setParameter("start", p.start()).setParameter("end", p.end())
                .getResultList(), 2);
        Map<String, long[]> notices = rows(em.createNativeQuery("select township_code || '/' || "
                + "to_char(deadline, 'YYYY-MM'), count(*), count(*) filter (where status = 'CLOSED') "
                + "from rectification_notice where township_code in (:townships) and deadline >= :fromDay "
                + "and deadline <= :toDay and status <> 'VOIDED' group by 1").setParameter("townships", codes)
                .setParameter("fromDay", p.from()).setParameter("toDay", p.to()).getResultList(), 2);
        List<MonthlyView.Month> months = new ArrayList<>();
        for (String month : p.months()) {
            List<MonthlyView.Township> rows = new ArrayList<>();
            for (Division t : townships) {
                long[] v = visits.getOrDefault(t.code() + "/" + month, new long[2]);
                long[] n = notices.getOrDefault(t.code() + "/" + month, new long[2]);
                rows.add(new MonthlyView.Township(t.code(), t.name(), v[0], v[1], n[0], n[1], Rates.share(n[1], n[0])));
            }
            months.add(new MonthlyView.Month(month, rows));
        }
        return new MonthlyView(p.months().get(0), p.months().get(p.months().size() - 1), months);
    }

    private static long count(Map<String, long[]> measures, String name) {
        return measures.getOrDefault(name, new long[1])[0];
    }

    /** Rows of (key, n1 .. nk) as key -> counts. */
    private static Map<String, long[]> rows(List<?> result, int counts) {
        Map<String, long[]> out = new HashMap<>();
        for (Object r : result) {
            Object[] row = (Object[]) r;
            long[] values = new long[counts];
            for (int k = 0; k < counts; k++) {
                values[k] = ((Number) row[k + 1]).longValue();
            }
            out.put((String) row[0], values);
        }
        return out;
    }
}
