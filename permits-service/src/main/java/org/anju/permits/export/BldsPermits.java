package org.anju.permits.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.databind.JsonNode;

import org.anju.common.division.Division;
import org.anju.common.division.Divisions;
import org.anju.common.paging.Cursor;
import org.anju.common.paging.Page;
import org.anju.common.security.Caller;
import org.anju.permits.county.HolidayCalendar;
import org.anju.permits.lifecycle.PermitState;
import org.anju.permits.permit.BuildKind;
import org.anju.permits.permit.Structure;
import org.anju.permits.query.Columns;
import org.anju.permits.query.Scope;

/**
 * Builds in the BLDS core permits shape, oldest change first, so that a harvester that keeps the last cursor gets
 * every build changed since, once per change. One statement per page: the documents' numbers and dates and the day of
 * completion come from correlated subqueries on their (permit_id, …) indexes. Drafts are never exported.
 */
@ApplicationScoped
public class BldsPermits {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;
    private static final BigDecimal SQ_FT_PER_M2 = new BigDecimal("10.7639");

    private final EntityManager em;
    private final Divisions divisions;

    public BldsPermits(EntityManager em, Divisions divisions) {
        this.em = em;
        this.divisions = divisions;
    }

    /** One page of builds of {@code township} (or every township the caller may see) changed at or after {@code since}. */
    public Page<BldsPermit> page(String township, OffsetDateTime since, String cursor, Integer limit, Caller caller) {
        int n = Cursor.limit(limit, DEFAULT_LIMIT, MAX_LIMIT);
        List<JsonNode> after = Cursor.decode(cursor, 2);
        StringBuilder q = new StringBuilder("select p.id, p.application_number, p.county_code, p.township_code, "
                + "p.village_code, p.address, p.lat, p.lng, p.kind, p.storeys, p.height_m, p.floor_area, p.investment, "
                + "p.structure, p.track, p.state, p.suspended_from, p.submitted_at, p.updated_at, p.contractor_name, "
                + "p.contractor_credit_code, p.crew_id, "
                + "(select min(d.issued_at) from permit_document d where d.permit_id = p.id and d.kind = 'CERTIFICATE'), "
                + "(select d.number from permit_document d where d.permit_id = p.id and d.kind = 'CERTIFICATE' "
                + "order by d.revision desc limit 1), "
                + "(select d.valid_until from permit_document d where d.permit_id = p.id and d.kind = 'CERTIFICATE' "
                + "order by d.revision desc limit 1), "
                + "(select d.number from permit_document d where d.permit_id = p.id and d.kind = 'BOOK' "
                + "order by d.revision desc limit 1), "
                + "(select min(h.occurred_at) from permit_history h where h.permit_id = p.id "
                + "and h.to_state = 'COMPLETED') "
                + "from permit p where p.state <> 'DRAFT'");
        Map<String, Object> params = new HashMap<>();
        if (!Scope.of(township, caller).restrict("p", q, params)) {
            return new Page<>(List.of(), null);
        }
        if (since != null) {
            q.append(" and p.updated_at >= :since");
            params.put("since", since);
        }
        if (!after.isEmpty()) {
            q.append(" and (p.updated_at, p.id) > (:c, :cid)");
            params.put("c", OffsetDateTime.parse(after.get(0).asText()));
            params.put("cid", UUID.fromString(after.get(1).asText()));
        }
        q.append(" order by p.updated_at, p.id");
        var query = em.createNativeQuery(q.toString()).setMaxResults(n + 1);
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<BldsPermit> items = rows.stream().limit(n).map(this::row).toList();
        String next = null;
        if (rows.size() > n) {
            Object[] last = rows.get(n - 1);
            next = Cursor.encode(Columns.moment(last[18]).toString(), last[0].toString());
        }
        return new Page<>(items, next);
    }

    private BldsPermit row(Object[] r) {
        PermitState state = PermitState.valueOf((String) r[15]);
        BuildKind kind = BuildKind.valueOf((String) r[8]);
        Structure structure = Structure.valueOf((String) r[13]);
        int storeys = ((Number) r[9]).intValue();
        BigDecimal floorArea = (BigDecimal) r[11];
        String townshipCode = (String) r[3];
        String villageCode = (String) r[4];
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("permitId", r[0].toString());
        put(extra, "bookNumber", r[25]);
        put(extra, "certificateNumber", r[23]);
        extra.put("townshipCode", townshipCode);
        extra.put("villageCode", villageCode);
        put(extra, "track", r[14]);
        extra.put("storeys", storeys);
        extra.put("heightMetres", r[10]);
        extra.put("floorAreaSquareMetres", floorArea);
        extra.put("structure", structure.name());
        put(extra, "crewId", r[21] == null ? null : r[21].toString());
        put(extra, "suspendedFrom", r[16]);
        extra.put("currency", "CNY");
        return new BldsPermit((String) r[1],
                "%s %d 层%s农村自建住房，建筑面积 %s 平方米 / %s, %d storeys, %s, %s m²".formatted(kind.zh(), storeys,
                        structure.zh(), floorArea.toPlainString(), kind.en(), storeys, structure.en(),
                        floorArea.toPlainString()),
                day(r[17]), day(r[22]), day(r[26]), state.name(), statusMapped(state), day(r[18]),
                (String) r[5], name(villageCode), name(townshipCode), name(r[2] + "000000"), null, (String) r[2],
                "农村自建住房 rural self-built house", "Residential", kind.name(), kind.newHouse() ? "New" : "Existing",
                "乡村建设规划许可证", "Building", "乡村建设规划许可证 rural construction planning permit (一书一证)",
                "住宅 dwelling", floorArea.multiply(SQ_FT_PER_M2).setScale(0, RoundingMode.HALF_UP).longValue(), 1,
                (BigDecimal) r[12], (String) r[19], (String) r[20], Columns.date(r[24]),
                ((Number) r[6]).doubleValue(), ((Number) r[7]).doubleValue(), extra);
    }

    /**
     * Our state in the BLDS status vocabulary: intake is "Application Accepted"; village review, site survey and the
     * 选址意见书 (a step before the permit) are "In Review"; the 乡村建设规划许可证 is "Permit Issued"; building and a
     * stop-work are "Inspection Phase"; accepted completion and the archived file "Permit Finaled"; a refusal, a
     * withdrawal or a revocation "Permit Cancelled". Drafts are not exported.
     */
    public static String statusMapped(PermitState state) {
        return switch (state) {
            case DRAFT -> throw new IllegalArgumentException("drafts are not exported");
            case SUBMITTED -> "Application Accepted";
            case VILLAGE_REVIEWED, SITE_SURVEYED, BOOK_ISSUED -> "In Review";
            case PERMITTED -> "Permit Issued";
            case UNDER_CONSTRUCTION, SUSPENDED -> "Inspection Phase";
            case COMPLETED, ARCHIVED -> "Permit Finaled";
            case REJECTED, WITHDRAWN, REVOKED -> "Permit Cancelled";
        };
    }

    private String name(String code) {
        return divisions.find(code).map(Division::name).orElse(null);
    }

    private static void put(Map<String, Object> extra, String key, Object value) {
        if (value != null) {
            extra.put(key, value);
        }
    }

    private static LocalDate day(Object value) {
        OffsetDateTime t = Columns.moment(value);
        return t == null ? null : t.atZoneSameInstant(HolidayCalendar.ZONE).toLocalDate();
    }
}
