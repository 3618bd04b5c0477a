package org.anju.permits.query;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.databind.JsonNode;

import org.anju.common.paging.Cursor;
import org.anju.common.paging.Page;
import org.anju.common.problem.FieldViolation;
import org.anju.common.problem.ProblemException;
import org.anju.common.security.Caller;
import org.anju.permits.lifecycle.PermitState;
import org.anju.permits.visit.VisitType;

/**
 * The builds whose mandatory visit is due on or before a day, by deadline then id: one statement per page over the
 * deadline each build carries (kept by VisitSchedule from its state and passed visits), read in the order of the index
 * on (township, deadline, id); the working days overdue are counted in the same statement against the holiday table.
 */
@ApplicationScoped
public class VisitsDue {

    static final String SELECT = "select p.id, p.household_id, h.head_name, p.township_code, p.village_code, p.state, "
            + "p.due_visit, p.visit_due_on, p.lat, p.lng, p.application_number, "
            + "(select count(*) from generate_series(cast(p.visit_due_on + 1 as timestamp), cast(:on as timestamp), "
            + "interval '1 day') g(t) left join holiday hd on hd.day = cast(g.t as date) "
            + "where coalesce(hd.workday, extract(isodow from g.t) < 6)), p.address "
            + "from permit p join household h on h.id = p.household_id "
            + "where p.visit_due_on <= :on "
            + "and p.state in ('SUBMITTED', 'VILLAGE_REVIEWED', 'PERMITTED', 'UNDER_CONSTRUCTION')";

    private final EntityManager em;

    public VisitsDue(EntityManager em) {
        this.em = em;
    }

    public Page<VisitDueView> page(String township, LocalDate on, String cursor, Integer limit, Caller caller) {
        int n = Cursor.limit(limit);
        List<JsonNode> after = Cursor.decode(cursor, 2);
        StringBuilder sql = new StringBuilder(SELECT);
        Map<String, Object> params = new HashMap<>();
        params.put("on", on);
        if (!Scope.of(township, caller).restrict("p", sql, params)) {
            return new Page<>(List.of(), null);
        }
        if (!after.isEmpty()) {
            // a row comparison: the index on (township, visit_due_on, id) starts the page where it begins
            sql.append(" and (p.visit_due_on, p.id) > (:kDue, :kId)");
            try {
                params.put("kDue", LocalDate.parse(after.get(0).asText()));
                params.put("kId", UUID.fromString(after.get(1).asText()));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw ProblemException.invalid(new FieldViolation("cursor", "cursor-format",
                        "cursor is not one this list handed out", "分页游标无效"));
            }
        }
        sql.append(" order by p.visit_due_on, p.id");
        var query = em.createNativeQuery(sql.toString()).setMaxResults(n + 1);
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<VisitDueView> items = rows.stream().limit(n).map(r -> view(r, on)).toList();
        String next = null;
        if (rows.size() > n) {
            VisitDueView last = items.get(n - 1);
            next = Cursor.encode(last.dueOn().toString(), last.permitId().toString());
        }
        return new Page<>(items, next);
    }

    private static VisitDueView view(Object[] r, LocalDate on) {
        LocalDate due = Columns.date(r[7]);
        boolean overdue = due.isBefore(on);
        return new VisitDueView(Columns.uuid(r[0]), Columns.uuid(r[1]), (String) r[2], (String) r[3], (String) r[4],
                Columns.value(PermitState.class, r[5]), Columns.value(VisitType.class, r[6]), due, overdue,
                overdue ? (int) Columns.count(r[11]) : 0,
                new VisitDueView.Site(((Number) r[8]).doubleValue(), ((Number) r[9]).doubleValue()), (String) r[10],
                (String) r[12]);
    }
}
