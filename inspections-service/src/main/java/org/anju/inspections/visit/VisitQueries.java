package org.anju.inspections.visit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import org.anju.common.paging.Cursor;
import org.anju.common.paging.Page;
import org.anju.inspections.hazard.HazardService;

/** Keyset-paginated visit lists, each backed by an index of V1 (visit_due, visit_off_site, visit_permit_timeline). */
@ApplicationScoped
public class VisitQueries {

    /**
     * Which list of a township's visits. DUE_TODAY and OVERDUE are the mandatory visits permits' stages call for
     * ({@link DueVisits}); SCHEDULED_TODAY and SCHEDULED_OVERDUE are the visits scheduled here, of any type.
     */
    public enum View {
        DUE_TODAY, OVERDUE, OFF_SITE, SCHEDULED_TODAY, SCHEDULED_OVERDUE;

        /** The list of permits' due visits this view names, if it names one. */
        public Optional<DueVisits.View> due() {
            return switch (this) {
                case DUE_TODAY -> Optional.of(DueVisits.View.DUE_TODAY);
                case OVERDUE -> Optional.of(DueVisits.View.OVERDUE);
                default -> Optional.empty();
            };
        }
    }

    private final VisitRepository visits;
    private final VisitService service;

    public VisitQueries(VisitRepository visits, VisitService service) {
        this.visits = visits;
        this.service = service;
    }

    /** A list of the township's visits kept here: off site, or scheduled for today or before. */
    public Page<VisitView> township(String township, View view, String cursor, int limit) {
        if (view.due().isPresent()) {
            throw new IllegalArgumentException(view + " is answered by DueVisits");
        }
        List<JsonNode> after = Cursor.decode(cursor, 2);
        List<Visit> rows;
        if (view == View.OFF_SITE) {
            rows = after.isEmpty()
                    ? visits.find("townshipCode = ?1 and onSite = false order by timelineAt desc, id desc", township)
                            .page(0, limit + 1).list()
                    : visits.find("townshipCode = ?1 and onSite = false and (timelineAt < ?2 or (timelineAt = ?2 "
                            + "and id < ?3)) order by timelineAt desc, id desc", township,
                            OffsetDateTime.parse(after.get(0).asText()), UUID.fromString(after.get(1).asText()))
                            .page(0, limit + 1).list();
            return page(rows, limit, v -> Cursor.encode(v.timelineAt.toString(), v.id.toString()));
        }
        LocalDate today = HazardService.today();
        String dateRule = view == View.SCHEDULED_TODAY ? "scheduledDate = ?3" : "scheduledDate < ?3";
        rows = after.isEmpty()
                ? visits.find("townshipCode = ?1 and status = ?2 and " + dateRule + " order by scheduledDate, id",
                        township, Visit.Status.SCHEDULED, today).page(0, limit + 1).list()
                : visits.find("townshipCode = ?1 and status = ?2 and " + dateRule + " and (scheduledDate > ?4 or "
                        + "(scheduledDate = ?4 and id > ?5)) order by scheduledDate, id", township,
                        Visit.Status.SCHEDULED, today, LocalDate.parse(after.get(0).asText()),
                        UUID.fromString(after.get(1).asText())).page(0, limit + 1).list();
        return page(rows, limit, v -> Cursor.encode(v.scheduledDate.toString(), v.id.toString()));
    }

    /** A permit's visits in time order (scheduled ones at their date, recorded ones at their check-in). */
    public List<Visit> timeline(UUID permitId, String cursor, int limit) {
        List<JsonNode> after = Cursor.decode(cursor, 2);
        return after.isEmpty()
                ? visits.find("permitId = ?1 order by timelineAt, id", permitId).page(0, limit + 1).list()
                : visits.find("permitId = ?1 and (timelineAt > ?2 or (timelineAt = ?2 and id > ?3)) "
                        + "order by timelineAt, id", permitId, OffsetDateTime.parse(after.get(0).asText()),
                        UUID.fromString(after.get(1).asText())).page(0, limit + 1).list();
    }

    public Page<VisitView> page(List<Visit> rows, int limit, java.util.function.Function<Visit, String> cursorOf) {
        boolean more = rows.size() > limit;
        List<Visit> items = more ? rows.subList(0, limit) : rows;
        return new Page<>(items.stream().map(service::listView).toList(),
                more ? cursorOf.apply(items.get(items.size() - 1)) : null);
    }
}
