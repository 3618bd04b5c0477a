package org.anju.inspections.export;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.databind.JsonNode;

import org.anju.common.paging.Cursor;
import org.anju.common.paging.Page;
import org.anju.common.security.Caller;
import org.anju.inspections.hazard.HazardService;
import org.anju.inspections.visit.VisitOutcome;
import org.anju.inspections.visit.VisitType;

/**
 * Recorded visits of builds in the BLDS inspections shape, in the order they reached Anju, so a harvester that keeps
 * the last cursor also gets a visit an offline phone synced days later. One statement per page: the hazards found are
 * counted by correlated subqueries on hazard (visit_id), those the county voided left out. Scheduled visits (not made
 * yet) and visits without a build (patrols, complaints about unpermitted building) are not in the dataset.
 */
@ApplicationScoped
public class BldsInspections {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final EntityManager em;

    public BldsInspections(EntityManager em) {
        this.em = em;
    }

    public Page<BldsInspection> page(String township, OffsetDateTime since, String cursor, Integer limit,
            Caller caller) {
        int n = Cursor.limit(limit, DEFAULT_LIMIT, MAX_LIMIT);
        List<JsonNode> after = Cursor.decode(cursor, 2);
        StringBuilder q = new StringBuilder("select v.id, v.permit_id, v.application_number, v.township_code, "
                + "v.village_code, v.visit_type, v.outcome, v.scheduled_date, v.server_checked_in_at, v.on_site, "
                + "v.distance_m, v.created_at, "
                + "(select count(*) from hazard h where h.visit_id = v.id and h.status <> 'VOIDED'), "
                + "(select count(*) from hazard h where h.visit_id = v.id and h.status <> 'VOIDED' "
                + "and h.grade in ('MAJOR', 'CRITICAL')) "
                + "from visit v where v.status = 'RECORDED' and v.permit_id is not null");
        Map<String, Object> params = new HashMap<>();
        if (township != null) {
            if (!caller.mayAccessTownship(township)) {
                return new Page<>(List.of(), null);
            }
            q.append(" and v.township_code = :township");
            params.put("township", township);
        } else if (caller.role().map(r -> r.countyWide()).orElse(false)) {
            if (caller.county().isPresent()) {
                q.append(" and v.township_code like :county");
                params.put("county", caller.county().get() + "%");
            }
        } else {
            if (caller.townships().isEmpty()) {
                return new Page<>(List.of(), null);
            }
            q.append(" and v.township_code in (:townships)");
            params.put("townships", caller.townships());
        }
        if (since != null) {
            q.append(" and v.created_at >= :since");
            params.put("since", since);
        }
        if (!after.isEmpty()) {
            q.append(" and (v.created_at, v.id) > (:c, :cid)");
            params.put("c", OffsetDateTime.parse(after.get(0).asText()));
            params.put("cid", UUID.fromString(after.get(1).asText()));
        }
        q.append(" order by v.created_at, v.id");
        var query = em.createNativeQuery(q.toString()).setMaxResults(n + 1);
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<BldsInspection> items = rows.stream().limit(n).map(BldsInspections::row).toList();
        String next = null;
        if (rows.size() > n) {
            Object[] last = rows.get(n - 1);
            next = Cursor.encode(moment(last[11]).toString(), last[0].toString());
        }
        return new Page<>(items, next);
    }

    private static BldsInspection row(Object[] r) {
        VisitType type = VisitType.valueOf((String) r[5]);
        VisitOutcome outcome = VisitOutcome.valueOf((String) r[6]);
        OffsetDateTime checkedIn = moment(r[8]);
        OffsetDateTime local = checkedIn == null ? null : checkedIn.atZoneSameInstant(HazardService.ZONE)
                .toOffsetDateTime();
        long hazards = ((Number) r[12]).longValue();
        long major = ((Number) r[13]).longValue();
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("visitId", r[0].toString());
        extra.put("permitId", r[1].toString());
        extra.put("townshipCode", r[3]);
        if (r[4] != null) {
            extra.put("villageCode", r[4]);
        }
        extra.put("mandatory", type.mandatory());
        if (r[9] != null) {
            extra.put("onSite", r[9]);
        }
        if (r[10] != null) {
            extra.put("distanceMetres", Math.round(((Number) r[10]).doubleValue()));
        }
        extra.put("hazards", hazards);
        extra.put("majorHazards", major);
        // a visit recorded before its build's number was kept: the permit id links it instead
        String permitNum = r[2] != null ? (String) r[2] : r[1].toString();
        return new BldsInspection(permitNum, type.name(), typeMapped(type), outcome.name(), resultMapped(outcome),
                date(r[7]), local == null ? null : local.toLocalDate(), local == null ? null : local.format(HH_MM),
                description(type, outcome, hazards, major), type == VisitType.COMPLETION_ACCEPTANCE ? "Yes" : "No",
                outcome.passed() ? "No" : "Yes", extra);
    }

    /** Our visit types under the nearest common inspection type names (BLDS leaves the list to each jurisdiction). */
    public static String typeMapped(VisitType type) {
        return switch (type) {
            case SITE_SURVEY -> "Pre-Construction";
            case SETTING_OUT -> "Site";
            case FOUNDATION_TRENCH -> "Foundation";
            case KEY_MILESTONE -> "Structural";
            case MAIN_STRUCTURE -> "Framing";
            case COMPLETION_ACCEPTANCE -> "Final";
            case ROUTINE_PATROL -> "Routine";
            case COMPLAINT -> "Complaint";
            case RECHECK -> "Reinspection";
        };
    }

    /**
     * Our outcomes in the BLDS result vocabulary: passed with conditions is "Partial"; a visit checked in too far from
     * the site did not take place as an inspection, so it is "Cancelled", not "Rejected".
     */
    public static String resultMapped(VisitOutcome outcome) {
        return switch (outcome) {
            case PASSED -> "Passed";
            case PASSED_WITH_CONDITIONS -> "Partial";
            case FAILED -> "Rejected";
            case NOT_ON_SITE -> "Cancelled";
        };
    }

    private static final Map<VisitType, String[]> LABELS = Map.of(
            VisitType.SITE_SURVEY, new String[] { "选址踏勘", "site survey" },
            VisitType.SETTING_OUT, new String[] { "放线", "setting-out" },
            VisitType.FOUNDATION_TRENCH, new String[] { "基槽验槽", "foundation trench" },
            VisitType.KEY_MILESTONE, new String[] { "关键节点", "key milestone" },
            VisitType.MAIN_STRUCTURE, new String[] { "主体结构", "main structure" },
            VisitType.COMPLETION_ACCEPTANCE, new String[] { "竣工验收", "completion acceptance" },
            VisitType.ROUTINE_PATROL, new String[] { "日常巡查", "routine patrol" },
            VisitType.COMPLAINT, new String[] { "投诉核查", "complaint" },
            VisitType.RECHECK, new String[] { "整改复查", "recheck" });

    static String description(VisitType type, VisitOutcome outcome, long hazards, long major) {
        String[] label = LABELS.get(type);
        boolean away = outcome == VisitOutcome.NOT_ON_SITE;
        String zh = label[0] + "到场巡查" + (away ? "，签到不在现场，不计入" : "") + "，"
                + (hazards == 0 ? "未发现隐患" : "发现隐患 %d 项（较大及以上 %d 项）".formatted(hazards, major));
        String en = label[1] + " visit" + (away ? ", checked in away from the site: does not count" : "") + ", "
                + (hazards == 0 ? "no hazards"
                        : "%d hazard%s (%d major or critical)".formatted(hazards, hazards == 1 ? "" : "s", major));
        return zh + " / " + en;
    }

    private static LocalDate date(Object v) {
        if (v == null) {
            return null;
        }
        return v instanceof LocalDate d ? d : ((java.sql.Date) v).toLocalDate();
    }

    private static OffsetDateTime moment(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof OffsetDateTime t) {
            return t;
        }
        if (v instanceof java.time.Instant t) {
            return t.atOffset(java.time.ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) v).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }
}
