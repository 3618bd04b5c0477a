package org.anju.registry.support;

import org.anju.common.division.Divisions;

/** Checks township and village codes against the county's divisions. */
public final class Divisional {

    private Divisional() {
    }

    public static void requireTownship(Divisions divisions, String field, String code) {
        if (!divisions.isTownship(code)) {
            throw Refusals.rule(field, "unknown-township", "No township of the county has code " + code,
                    "本县没有代码为 " + code + " 的乡镇", code);
        }
    }

    public static void requireVillageIn(Divisions divisions, String field, String village, String township) {
        if (village == null) {
            return;
        }
        if (!divisions.isVillage(village)) {
            throw Refusals.rule(field, "unknown-village", "No village of the county has code " + village,
                    "本县没有代码为 " + village + " 的村", village);
        }
        if (!divisions.townshipOf(village).map(t -> t.code().equals(township)).orElse(false)) {
            throw Refusals.rule(field, "village-not-in-township", "Village " + village + " is not in township "
                    + township, "村 " + village + " 不属于乡镇 " + township, village);
        }
    }
}
