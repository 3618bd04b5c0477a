package org.anju.registry.craftsman;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.anju.common.division.Divisions;
import org.anju.common.identity.Masking;
import org.anju.common.paging.Cursor;
import org.anju.common.paging.Page;
import org.anju.common.security.Caller;
import org.anju.registry.qualification.QualificationState;
import org.anju.registry.qualification.StatusFilter;
import org.anju.registry.support.Access;
import org.anju.registry.support.Clock;
import org.anju.registry.support.Filters;

/** The craftsmen search: by township, his crew's status, trade, skill level and name; by name then id, keyset-paged. */
@ApplicationScoped
public class CraftsmanSearch {

    /** What the craftsmen list can be filtered by; status is that of the crew he belongs to now. */
    public record Filter(String townshipCode, QualificationState status, Trade trade, Integer skillLevel, String q) {
    }

    private final EntityManager em;
    private final CraftsmanViews views;
    private final Divisions divisions;

    public CraftsmanSearch(EntityManager em, CraftsmanViews views, Divisions divisions) {
        this.em = em;
        this.views = views;
        this.divisions = divisions;
    }

    public Page<CraftsmanView> search(Filter f, String cursor, Integer limit, Caller caller) {
        Access.requireReader(caller);
        Filters.checkTownship(divisions, f.townshipCode());
        Filters.checkSkillLevel(f.skillLevel());
        Filters w = new Filters();
        List<String> scope = Filters.scope(caller);
        if (scope != null) {
            if (scope.isEmpty()) {
                return new Page<>(List.of(), null);
            }
            w.and("k.townshipCode in :scope", "scope", scope);
        }
        if (f.townshipCode() != null) {
            w.and("k.townshipCode = :township", "township", f.townshipCode());
        }
        if (f.status() != null) {
            w.and("exists (select 1 from CrewMember m, Crew c where m.craftsmanId = k.id and m.leftOn is null "
                    + "and c.id = m.crewId and " + StatusFilter.predicate("c", f.status(), Clock.today(), w.params)
                    + ")");
        }
        if (f.trade() != null) {
            w.and(":trade member of k.trades", "trade", f.trade());
        }
        if (f.skillLevel() != null) {
            w.and("k.skillLevel = :skill", "skill", f.skillLevel());
        }
        if (Filters.present(f.q())) {
            w.and("lower(k.name) like :q escape '\\'", "q", Filters.fragment(f.q()));
        }
        var keys = Cursor.decode(cursor, 2);
        if (!keys.isEmpty()) {
            w.params.put("kName", keys.get(0).asText());
            w.params.put("kId", Filters.cursorId(keys.get(1).asText()));
            w.and("k.name > :kName or (k.name = :kName and k.id > :kId)");
        }
        int size = Cursor.limit(limit);
        var query = em.createQuery("from Craftsman k where " + w.where + " order by k.name, k.id", Craftsman.class)
                .setMaxResults(size + 1);
        w.params.forEach(query::setParameter);
        List<Craftsman> rows = new ArrayList<>(query.getResultList());
        String next = null;
        if (rows.size() > size) {
            rows = rows.subList(0, size);
            Craftsman last = rows.get(size - 1);
            next = Cursor.encode(last.name, last.id.toString());
        }
        return new Page<>(views.views(rows, Masking.seesInFull(caller)), next);
    }
}
