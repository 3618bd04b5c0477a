package org.anju.permits.query;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import com.fasterxml.jackson.databind.JsonNode;

import org.anju.common.paging.Cursor;
import org.anju.common.paging.Page;
import org.anju.common.security.Caller;
import org.anju.permits.county.HolidayCalendar;
import org.anju.permits.county.WorkingDays;
import org.anju.permits.lifecycle.PermitState;
import org.anju.permits.permit.Permit;
import org.anju.permits.permit.BuildKind;
import org.anju.permits.permit.Track;
import org.anju.permits.visit.VisitType;

/** Lists, overdue work and counts of builds, keyset-paginated and limited to the caller's townships. */
@ApplicationScoped
public class PermitQueries {

    private static final String OVERDUE = "((p.state in :awaitSurvey and p.surveyDueOn < :today) or "
            + "(p.state in :awaitDecision and p.decisionDueOn < :today))";

    private final EntityManager em;
    private final HolidayCalendar calendar;

    public PermitQueries(EntityManager em, HolidayCalendar calendar) {
        this.em = em;
        this.calendar = calendar;
    }

    /** Filters of the list; null means "any". */
    public record Filter(String township, String village, PermitState state, Track track, LocalDate from,
            LocalDate to, boolean overdue, UUID household, String q) {

        public Filter(String township, String village, PermitState state, Track track, LocalDate from, LocalDate to,
                boolean overdue) {
            this(township, village, state, track, from, to, overdue, null, null);
        }
    }

    /**
     * One page of builds, newest first, with the household head's name, in one statement. {@code q} is an
     * application, book or certificate number (exact or prefix) or part of the head's name, case-insensitive; each
     * of the three is read from its own index and the union of their builds filters the page.
     */
    public Page<PermitSummary> list(Filter f, String cursor, Integer limit, Caller caller) {
        int n = Cursor.limit(limit);
        List<JsonNode> after = Cursor.decode(cursor, 2);
        StringBuilder q = new StringBuilder("select p.id, p.application_number, p.township_code, p.village_code, "
                + "p.state, p.track, p.kind, p.storeys, p.submitted_at, p.survey_due_on, p.decision_due_on, "
                + "p.created_at, p.household_id, h.head_name, p.due_visit, p.visit_due_on "
                + "from permit p join household h on h.id = p.household_id where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!Scope.of(f.township(), caller).restrict("p", q, params)) {
            return new Page<>(List.of(), null);
        }
        if (f.village() != null) {
            q.append(" and p.village_code = :village");
            params.put("village", f.village());
        }
        if (f.state() != null) {
            q.append(" and p.state = :state");
            params.put("state", f.state().name());
        }
        if (f.track() != null) {
            q.append(" and p.track = :track");
            params.put("track", f.track().name());
        }
        if (f.from() != null) {
            q.append(" and p.submitted_at >= :from");
            params.put("from", f.from().atStartOfDay(HolidayCalendar.ZONE).toOffsetDateTime());
        }
        if (f.to() != null) {
            q.append(" and p.submitted_at < :to");
            params.put("to", f.to().plusDays(1).atStartOfDay(HolidayCalendar.ZONE).toOffsetDateTime());
        }
        if (f.overdue()) {
            q.append(" and ((p.state in ('SUBMITTED', 'VILLAGE_REVIEWED') and p.survey_due_on < :today) or "
                    + "(p.state in ('SUBMITTED', 'VILLAGE_REVIEWED', 'SITE_SURVEYED') and p.decision_due_on < :today))");
            params.put("today", HolidayCalendar.today());
        }
        if (f.household() != null) {
            q.append(" and p.household_id = :household");
            params.put("household", f.household());
        }
        if (f.q() != null && !f.q().isBlank()) {
            String text = f.q().trim();
            q.append(" and p.id in (select n.id from permit n where n.application_number like :qNumber escape '\\'"
                    + " union select d.permit_id from permit_document d where d.number like :qNumber escape '\\'"
                    + " union select m.id from household hh join permit m on m.household_id = hh.id"
                    + " where regexp_split_to_array(lower(hh.head_name), '') @> regexp_split_to_array(:qText, '')"
                    + " and lower(hh.head_name) like :qName escape '\\')");
            params.put("qNumber", literal(text.toUpperCase(Locale.ROOT)) + "%");
            params.put("qText", text.toLowerCase(Locale.ROOT));
            params.put("qName", "%" + literal(text.toLowerCase(Locale.ROOT)) + "%");
        }
        if (!after.isEmpty()) {
            // a row comparison, so that the index (…, created_at desc, id desc) starts the page where it begins
            q.append(" and (p.created_at, p.id) < (:c, :cid)");
            params.put("c", OffsetDateTime.parse(after.get(0).asText()));
            params.put("cid", UUID.fromString(after.get(1).asText()));
        }
        q.append(" order by p.created_at desc, p.id desc");
        var query = em.createNativeQuery(q.toString()).setMaxResults(n + 1);
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<PermitSummary> items = rows.stream().limit(n).map(PermitQueries::summary).toList();
        String next = null;
        if (rows.size() > n) {
            PermitSummary last = items.get(n - 1);
            next = Cursor.encode(last.createdAt().toString(), last.id().toString());
        }
        return new Page<>(items, next);
    }

    /** A LIKE pattern matching {@code text} literally: its percent, underscore and backslash escaped. */
    static String literal(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    public Page<OverdueView> overdue(String township, String cursor, Integer limit, Caller caller) {
        int n = Cursor.limit(limit);
        List<JsonNode> after = Cursor.decode(cursor, 2);
        StringBuilder q = new StringBuilder("from Permit p where ").append(OVERDUE);
        Map<String, Object> params = new HashMap<>();
        overdueParams(params);
        if (!scope(township, caller, q, params)) {
            return new Page<>(List.of(), null);
        }
        if (!after.isEmpty()) {
            q.append(" and (p.submittedAt > :c or (p.submittedAt = :c and p.id > :cid))");
            params.put("c", OffsetDateTime.parse(after.get(0).asText()));
            params.put("cid", UUID.fromString(after.get(1).asText()));
        }
        q.append(" order by p.submittedAt, p.id");
        TypedQuery<Permit> query = em.createQuery(q.toString(), Permit.class).setMaxResults(n + 1);
        params.forEach(query::setParameter);
        List<Permit> rows = query.getResultList();
        String next = null;
        if (rows.size() > n) {
            rows = rows.subList(0, n);
            Permit last = rows.get(n - 1);
            next = Cursor.encode(last.submittedAt.toString(), last.id.toString());
        }
        WorkingDays wd = calendar.workingDays();
        LocalDate today = HolidayCalendar.today();
        return new Page<>(rows.stream().map(p -> overdue(p, wd, today)).toList(), next);
    }

    public List<StateCount> counts(String township, Caller caller) {
        StringBuilder q = new StringBuilder("select p.townshipCode, p.state, count(p) from Permit p where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!scope(township, caller, q, params)) {
            return List.of();
        }
        q.append(" group by p.townshipCode, p.state order by p.townshipCode, p.state");
        TypedQuery<Object[]> query = em.createQuery(q.toString(), Object[].class);
        params.forEach(query::setParameter);
        return query.getResultList().stream()
                .map(r -> new StateCount((String) r[0], (PermitState) r[1], ((Number) r[2]).longValue())).toList();
    }

    /** Restricts to the asked township and the caller's townships; false when nothing can be visible. */
    private static boolean scope(String township, Caller caller, StringBuilder q, Map<String, Object> params) {
        boolean countyWide = caller.role().map(r -> r.countyWide()).orElse(false);
        if (township != null) {
            if (!caller.mayAccessTownship(township)) {
                return false;
            }
            q.append(" and p.townshipCode = :township");
            params.put("township", township);
        } else if (!countyWide) {
            Set<String> own = caller.townships();
            if (own.isEmpty()) {
                return false;
            }
            q.append(" and p.townshipCode in :townships");
            params.put("townships", own);
        }
        return true;
    }

    private static void overdueParams(Map<String, Object> params) {
        params.put("awaitSurvey", PermitState.AWAITING_SURVEY);
        params.put("awaitDecision", PermitState.AWAITING_DECISION);
        params.put("today", HolidayCalendar.today());
    }

    static OverdueView overdue(Permit p, WorkingDays wd, LocalDate today) {
        List<OverdueView.Late> late = new ArrayList<>();
        if (PermitState.AWAITING_SURVEY.contains(p.state) && p.surveyDueOn != null && p.surveyDueOn.isBefore(today)) {
            late.add(new OverdueView.Late("SITE_SURVEY", p.surveyDueOn, wd.late(p.surveyDueOn, today)));
        }
        if (PermitState.AWAITING_DECISION.contains(p.state) && p.decisionDueOn != null
                && p.decisionDueOn.isBefore(today)) {
            late.add(new OverdueView.Late("DECISION", p.decisionDueOn, wd.late(p.decisionDueOn, today)));
        }
        return new OverdueView(p.id, p.applicationNumber, p.townshipCode, p.villageCode, p.state, p.submittedAt, late);
    }

    static PermitSummary summary(Object[] r) {
        return new PermitSummary(Columns.uuid(r[0]), (String) r[1], (String) r[2], (String) r[3],
                Columns.value(PermitState.class, r[4]), Columns.value(Track.class, r[5]),
                Columns.value(BuildKind.class, r[6]), ((Number) r[7]).intValue(), Columns.moment(r[8]),
                Columns.date(r[9]), Columns.date(r[10]), Columns.moment(r[11]), Columns.uuid(r[12]), (String) r[13],
                Columns.value(VisitType.class, r[14]), Columns.date(r[15]));
    }
}
