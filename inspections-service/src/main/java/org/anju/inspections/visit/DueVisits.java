package org.anju.inspections.visit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

import org.anju.common.paging.Page;
import org.anju.common.problem.FieldViolation;
import org.anju.common.problem.ProblemException;
import org.anju.inspections.permit.PermitVisitsDue;
import org.anju.inspections.permit.PermitsClient;

import io.quarkus.logging.Log;

/**
 * A township's mandatory visits due, from permits' stages (permits-service owns the stage and the holiday calendar),
 * merged with inspections' own knowledge: the visit scheduled for each, the last attempt that did not count, and
 * leaving out those inspections has already passed on site while the {@code visit.passed} event is on its way.
 */
@ApplicationScoped
public class DueVisits {

    /** At most this many pages of permits are read for one page of ours (when a view or in-flight passes thin them). */
    static final int MAX_PERMITS_PAGES = 4;
    /** No further page of permits is asked for once this much time has gone, so the gateway still gets an answer. */
    static final long BUDGET_NANOS = TimeUnit.MILLISECONDS.toNanos(1000);

    /** Which of the due visits to list. */
    public enum View {
        /** Due on or before the date and not overdue by permits' working-day count. */
        DUE_TODAY,
        /** Overdue by permits' working-day count. */
        OVERDUE,
        /** Both. */
        ALL;

        boolean keeps(boolean overdue) {
            return this == ALL || (this == OVERDUE) == overdue;
        }

        /** The view named by a query parameter, ALL when absent; 400 on the field otherwise. */
        public static View parse(String value) {
            if (value == null || value.isBlank()) {
                return ALL;
            }
            try {
                return valueOf(value.trim());
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid(new FieldViolation("view", "one-of",
                        "view must be DUE_TODAY, OVERDUE or ALL", "view 须为 DUE_TODAY、OVERDUE 或 ALL", value));
            }
        }
    }

    private final PermitsClient permits;
    private final EntityManager em;

    public DueVisits(PermitsClient permits, EntityManager em) {
        this.permits = permits;
        this.em = em;
    }

    /** The date of a query parameter, {@code today} when absent; 400 on the field otherwise. */
    public static LocalDate date(String field, String value, LocalDate today) {
        if (value == null || value.isBlank()) {
            return today;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(new FieldViolation(field, "iso-date",
                    field + " must be a date like 2026-11-28", field + " 应为日期，例如 2026-11-28", value));
        }
    }

    /**
     * One page, in permits' order (due date first). {@code cursor} is permits' own cursor, passed through both ways:
     * pages of permits are read (asking only for what is still missing) until {@code limit} items are kept, so a
     * page always ends where a page of permits ended. permits down on the first read: 503 permits-unavailable; on a
     * later read: the items kept so far, with the cursor to resume from.
     */
    public Page<DueVisit> list(String township, LocalDate on, View view, String cursor, int limit) {
        long started = System.nanoTime();
        List<DueVisit> out = new ArrayList<>();
        String at = cursor;
        String next = null;
        for (int read = 0; read < MAX_PERMITS_PAGES; read++) {
            PermitVisitsDue page;
            try {
                page = permits.visitsDue(township, on.toString(), at, limit - out.size());
            } catch (RuntimeException e) {
                if (read == 0 || out.isEmpty()) {
                    // the first read answers for the caller's own cursor; a later one only for permits' cursors
                    throw read == 0 && e instanceof ProblemException p ? p : unavailable(e);
                }
                Log.warnf("permits-service failed on page %d of the visits due in %s; answering what was read: %s",
                        read + 1, township, e.toString());
                next = at;
                break;
            }
            out.addAll(merge(page.items().stream().filter(i -> view.keeps(i.overdue())).toList()));
            next = page.nextCursor();
            if (next == null || out.size() >= limit || System.nanoTime() - started > BUDGET_NANOS) {
                break;
            }
            at = next;
        }
        return new Page<>(out, next);
    }

    private static ProblemException unavailable(RuntimeException e) {
        if (!(e instanceof CircuitBreakerOpenException)) {
            Log.warnf("permits-service could not list the visits due: %s", e.toString());
        }
        return PermitsClient.unavailable("The visits due could not be read from permits-service ("
                + e.getClass().getSimpleName() + ")");
    }

    /** Adds what inspections knows to each item, leaving out those already passed on site here (event in flight). */
    List<DueVisit> merge(List<PermitVisitsDue.Item> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        Set<UUID> permitIds = new LinkedHashSet<>();
        Set<VisitType> types = new LinkedHashSet<>();
        for (PermitVisitsDue.Item i : items) {
            permitIds.add(i.permitId());
            type(i.visitType()).ifPresent(types::add);
        }
        Map<String, Known> known = types.isEmpty() ? Map.of() : known(permitIds, types);
        List<DueVisit> out = new ArrayList<>();
        for (PermitVisitsDue.Item i : items) {
            Known k = known.get(i.permitId() + "/" + i.visitType());
            if (k != null && k.passed) {
                continue;
            }
            out.add(DueVisit.of(i, k == null ? DueVisit.Known.NOTHING : k.view()));
        }
        return out;
    }

    /** One query for the page: every visit of these permits of these types, newest first. */
    private Map<String, Known> known(Set<UUID> permitIds, Set<VisitType> types) {
        List<Object[]> rows = em.createQuery("select v.permitId, v.visitType, v.status, v.id, v.scheduledDate, "
                + "v.inspector, v.outcome, v.serverCheckedInAt, v.onSite from Visit v where v.permitId in :permits "
                + "and v.visitType in :types order by v.timelineAt desc, v.id desc", Object[].class)
                .setParameter("permits", permitIds).setParameter("types", types).getResultList();
        Map<String, Known> out = new HashMap<>();
        for (Object[] r : rows) {
            Known k = out.computeIfAbsent(r[0] + "/" + ((VisitType) r[1]).name(), x -> new Known());
            UUID id = (UUID) r[3];
            if (r[2] == Visit.Status.SCHEDULED) {
                LocalDate date = (LocalDate) r[4];
                if (k.scheduledFor == null || date != null && !date.isAfter(k.scheduledFor)) {
                    k.scheduledVisitId = id;
                    k.scheduledFor = date;
                    k.inspector = (String) r[5];
                }
                continue;
            }
            VisitOutcome outcome = (VisitOutcome) r[6];
            if (Boolean.TRUE.equals(r[8]) && outcome != null && outcome.passed()) {
                k.passed = true;
            }
            if (k.attemptVisitId == null) {
                k.attemptVisitId = id;
                k.attemptOutcome = outcome;
                k.attemptAt = (OffsetDateTime) r[7];
            }
        }
        return out;
    }

    private static Optional<VisitType> type(String name) {
        try {
            return Optional.of(VisitType.valueOf(name));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** Collects, per permit and type, the earliest scheduled visit, the latest recorded one and whether one passed. */
    private static final class Known {
        UUID scheduledVisitId;
        LocalDate scheduledFor;
        String inspector;
        UUID attemptVisitId;
        VisitOutcome attemptOutcome;
        OffsetDateTime attemptAt;
        boolean passed;

        DueVisit.Known view() {
            return new DueVisit.Known(scheduledVisitId, scheduledFor, inspector, attemptVisitId, attemptOutcome,
                    attemptAt);
        }
    }
}
