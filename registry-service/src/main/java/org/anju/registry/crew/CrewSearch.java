package org.anju.registry.crew;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.anju.common.division.Divisions;
import org.anju.common.paging.Cursor;
import org.anju.common.paging.Page;
import org.anju.common.security.Caller;
import org.anju.registry.craftsman.Trade;
import org.anju.registry.qualification.QualificationState;
import org.anju.registry.qualification.StatusFilter;
import org.anju.registry.support.Access;
import org.anju.registry.support.Clock;
import org.anju.registry.support.Filters;

/** Crew lists: the public one ordered by credit score, and the officers' search ordered by name; keyset-paged. */
@ApplicationScoped
public class CrewSearch {

    /**
     * What a crew list can be filtered by; {@code expiresBefore}: only crews qualified today whose qualification
     * expires on or before that day (officers' search only, soonest first).
     */
    public record Filter(String townshipCode, QualificationState status, Trade trade, Integer skillLevel, String q,
            LocalDate expiresBefore) {

        public Filter(String townshipCode, QualificationState status, Trade trade, Integer skillLevel, String q) {
            this(townshipCode, status, trade, skillLevel, q, null);
        }
    }

    private final EntityManager em;
    private final CrewViews views;
    private final Divisions divisions;

    public CrewSearch(EntityManager em, CrewViews views, Divisions divisions) {
        this.em = em;
        this.views = views;
        this.divisions = divisions;
    }

    /** The public list: best credit first, then by id; no personal identifiers. */
    public Page<CrewSummary> publicList(Filter f, String cursor, Integer limit) {
        Filters w = filters(f);
        var keys = Cursor.decode(cursor, 2);
        if (!keys.isEmpty()) {
            w.params.put("kScore", keys.get(0).asInt());
            w.params.put("kId", uuid(keys.get(1).asText()));
            w.and("c.creditScore < :kScore or (c.creditScore = :kScore and c.id > :kId)");
        }
        return page(w, "c.creditScore desc, c.id", limit, c -> Cursor.encode(c.creditScore, c.id.toString()));
    }

    /** The officers' search, by name then id, within the caller's townships. */
    public Page<CrewSummary> search(Filter f, String cursor, Integer limit, Caller caller) {
        Access.requireReader(caller);
        Filters w = filters(f);
        List<String> scope = Filters.scope(caller);
        if (scope != null) {
            if (scope.isEmpty()) {
                return new Page<>(List.of(), null);
            }
            w.and("c.townshipCode in :scope", "scope", scope);
        }
        if (f.expiresBefore() != null) {
            return expiring(w, f.expiresBefore(), cursor, limit);
        }
        var keys = Cursor.decode(cursor, 2);
        if (!keys.isEmpty()) {
            w.params.put("kName", keys.get(0).asText());
            w.params.put("kId", uuid(keys.get(1).asText()));
            w.and("c.name > :kName or (c.name = :kName and c.id > :kId)");
        }
        return page(w, "c.name, c.id", limit, c -> Cursor.encode(c.name, c.id.toString()));
    }

    /** Qualified crews whose qualification runs out on or before the day, soonest first, then by id. */
    private Page<CrewSummary> expiring(Filters w, LocalDate before, String cursor, Integer limit) {
        w.and("c.state = :expiringState and c.qualifiedUntil >= :expiringToday and c.qualifiedUntil <= :expiringBy");
        w.params.put("expiringState", QualificationState.QUALIFIED);
        w.params.put("expiringToday", Clock.today());
        w.params.put("expiringBy", before);
        var keys = Cursor.decode(cursor, 2);
        if (!keys.isEmpty()) {
            w.params.put("kUntil", Filters.cursorDate(keys.get(0).asText()));
            w.params.put("kId", uuid(keys.get(1).asText()));
            w.and("c.qualifiedUntil > :kUntil or (c.qualifiedUntil = :kUntil and c.id > :kId)");
        }
        return page(w, "c.qualifiedUntil, c.id", limit, c -> Cursor.encode(c.qualifiedUntil.toString(), c.id.toString()));
    }

    private Filters filters(Filter f) {
        Filters.checkTownship(divisions, f.townshipCode());
        Filters.checkSkillLevel(f.skillLevel());
        Filters w = new Filters();
        if (f.townshipCode() != null) {
            w.and("c.townshipCode = :township", "township", f.townshipCode());
        }
        if (f.status() != null) {
            w.and(StatusFilter.predicate("c", f.status(), Clock.today(), w.params));
        }
        if (f.trade() != null || f.skillLevel() != null) {
            StringBuilder member = new StringBuilder("exists (select 1 from CrewMember m, Craftsman k "
                    + "where m.crewId = c.id and m.leftOn is null and k.id = m.craftsmanId");
            if (f.trade() != null) {
                member.append(" and :trade member of k.trades");
                w.params.put("trade", f.trade());
            }
            if (f.skillLevel() != null) {
                member.append(" and k.skillLevel = :skill");
                w.params.put("skill", f.skillLevel());
            }
            w.and(member.append(')').toString());
        }
        if (Filters.present(f.q())) {
            w.and("lower(c.name) like :q escape '\\' or c.registrationNumber like :q escape '\\'", "q",
                    Filters.fragment(f.q()));
        }
        return w;
    }

    private Page<CrewSummary> page(Filters w, String order, Integer limit,
            java.util.function.Function<Crew, String> cursorOf) {
        int size = Cursor.limit(limit);
        var query = em.createQuery("from Crew c where " + w.where + " order by " + order, Crew.class)
                .setMaxResults(size + 1);
        w.params.forEach(query::setParameter);
        List<Crew> rows = new ArrayList<>(query.getResultList());
        String next = null;
        if (rows.size() > size) {
            rows = rows.subList(0, size);
            next = cursorOf.apply(rows.get(size - 1));
        }
        return new Page<>(rows.stream().map(views::summary).toList(), next);
    }

    private static UUID uuid(String text) {
        return Filters.cursorId(text);
    }
}
