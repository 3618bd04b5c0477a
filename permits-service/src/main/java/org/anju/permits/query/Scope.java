package org.anju.permits.query;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.anju.common.division.Division;
import org.anju.common.division.Divisions;
import org.anju.common.security.Caller;

/**
 * The townships a query may read for a caller: the one asked for when the caller may see it, else the caller's own
 * townships, or the whole county for county-wide roles. Nothing when the caller may see none of it.
 */
public record Scope(boolean empty, String township, Set<String> townships, String county) {

    public static Scope of(String township, Caller caller) {
        if (township != null) {
            return caller.mayAccessTownship(township) ? new Scope(false, township, null, null)
                    : new Scope(true, null, null, null);
        }
        if (caller.role().map(r -> r.countyWide()).orElse(false)) {
            return new Scope(false, null, null, caller.county().orElse(null));
        }
        return caller.townships().isEmpty() ? new Scope(true, null, null, null)
                : new Scope(false, null, caller.townships(), null);
    }

    /** Appends the condition on {@code alias}'s township (or county) columns; false when nothing is visible. */
    public boolean restrict(String alias, StringBuilder sql, Map<String, Object> params) {
        if (empty) {
            return false;
        }
        if (township != null) {
            sql.append(" and ").append(alias).append(".township_code = :scopeTownship");
            params.put("scopeTownship", township);
        } else if (townships != null) {
            sql.append(" and ").append(alias).append(".township_code in (:scopeTownships)");
            params.put("scopeTownships", townships);
        } else if (county != null) {
            sql.append(" and ").append(alias).append(".county_code = :scopeCounty");
            params.put("scopeCounty", county);
        }
        return true;
    }

    /** The county's townships in scope, in the county's order. */
    List<Division> townships(Divisions divisions) {
        if (empty) {
            return List.of();
        }
        return divisions.townships().stream()
                .filter(t -> township != null ? t.code().equals(township)
                        : townships != null ? townships.contains(t.code())
                        : county == null || t.code().startsWith(county))
                .toList();
    }
}
