package org.anju.common.demo;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;

import org.anju.common.division.Division;
import org.anju.common.division.Divisions;

/**
 * The one layout of the demo county's 300 builds, shared by every service's demo loader so their data fit without
 * calling each other: id, village, site, lifecycle stage, crew and stop-work notice of demo permit n (1..300).
 */
public final class DemoCounty {

    /** Number of demo permits (n = 1..PERMITS). */
    public static final int PERMITS = 300;
    /** Stage index of a draft (stage indexes are the ordinals of permits-service's PermitState). */
    public static final int DRAFT = 0;
    /** Stage index of a permitted build (certificate issued, not started). */
    public static final int PERMITTED = 5;
    /** Stage index of a build under construction. */
    public static final int UNDER_CONSTRUCTION = 6;
    /** Stage index of a completed build. */
    public static final int COMPLETED = 7;
    /** Stage index of an archived build. */
    public static final int ARCHIVED = 8;
    /** Stage index of a refused application. */
    public static final int REJECTED = 9;
    /** Stage index of a build whose certificate was revoked. */
    public static final int REVOKED = 12;
    /** Stage index of a suspended build (stop-work notice in force). */
    public static final int SUSPENDED = 11;
    /** Number of lifecycle stages. */
    public static final int STAGES = 13;
    /** Centre latitude of the demo hazard zone (a landslide area north of 西岭村). */
    public static final double HAZARD_LAT = 28.474;
    /** Centre longitude of the demo hazard zone. */
    public static final double HAZARD_LNG = 117.945;
    /** The demo provincial road S218 runs east-west along this parallel through 东门村. */
    public static final double ROAD_LAT = 28.4495;
    /** Village whose draft is sited 8 m from the provincial road (东门村). */
    public static final String ROAD_VILLAGE = "369901100201";
    /** Village whose draft is sited in the hazard zone (西岭村). */
    public static final String HAZARD_VILLAGE = "369901100202";
    /** Crews registry's demo stores as QUALIFIED (its DemoPlan: 1-12, 22-28, 30); only they hold certificates. */
    public static final List<Integer> QUALIFIED_CREWS = IntStream.rangeClosed(1, 30)
            .filter(k -> k <= 12 || (k >= 22 && k <= 28) || k == 30).boxed().toList();

    private static final List<Division> VILLAGES = Divisions.demo().villages();

    private DemoCounty() {
    }

    /** Site position of a demo build (WGS-84). */
    public record Position(double lat, double lng) {
    }

    /** Id of demo permit (and application) n. */
    public static UUID permitId(int n) {
        return id("anju-demo-permit-" + n);
    }

    /** Id of demo crew k (1..30). */
    public static UUID crewId(int k) {
        return id("anju-demo-crew-" + k);
    }

    /** Village of demo permit n: the 13 villages in turn. */
    public static Division village(int n) {
        return VILLAGES.get(n % VILLAGES.size());
    }

    /** Village code of demo permit n. */
    public static String villageCode(int n) {
        return village(n).code();
    }

    /** Township code of demo permit n. */
    public static String townshipCode(int n) {
        return village(n).parentCode();
    }

    /**
     * Lifecycle stage index of demo permit n (PermitState ordinal), shifted by one every 13 permits so that each
     * village, hence each township, holds builds in every stage.
     */
    public static int stage(int n) {
        return (n + n / VILLAGES.size()) % STAGES;
    }

    /** Whether demo permit n holds a building certificate now (permitted, under construction or suspended). */
    public static boolean holdsCertificate(int n) {
        int s = stage(n);
        return s == PERMITTED || s == UNDER_CONSTRUCTION || s == SUSPENDED;
    }

    /** Whether demo permit n is a draft sited inside the demo hazard zone (submission must refuse it). */
    public static boolean inHazardZone(int n) {
        return stage(n) == DRAFT && villageCode(n).equals(HAZARD_VILLAGE);
    }

    /** Whether demo permit n is a draft sited 8 m from the provincial road (submission must refuse it). */
    public static boolean nextToRoad(int n) {
        return stage(n) == DRAFT && villageCode(n).equals(ROAD_VILLAGE);
    }

    /** Site of demo permit n: within 0.004 degrees of its village centre, or on the hazard zone / by the road. */
    public static Position position(int n) {
        if (inHazardZone(n)) {
            return new Position(HAZARD_LAT, HAZARD_LNG);
        }
        if (nextToRoad(n)) {
            return new Position(ROAD_LAT + 0.000072, 117.963);
        }
        Division v = village(n);
        Random r = new Random(n);
        r.nextInt(60); // permits draws the plot area first; kept so the sites stay where they always were
        double lat = v.lat() + (r.nextDouble() - 0.5) * 0.008;
        double lng = v.lng() + (r.nextDouble() - 0.5) * 0.008;
        return new Position(lat, lng);
    }

    /**
     * Crew number (1..30) named on demo permit n: certificate holders take the qualified crews in turn (by their rank
     * among holders), other applications name a qualified crew by n.
     */
    public static int crew(int n) {
        if (!holdsCertificate(n)) {
            return QUALIFIED_CREWS.get(n % QUALIFIED_CREWS.size());
        }
        int rank = 0;
        for (int m = 1; m < n; m++) {
            rank += holdsCertificate(m) ? 1 : 0;
        }
        return QUALIFIED_CREWS.get(rank % QUALIFIED_CREWS.size());
    }

    /**
     * Whether the next mandatory visit of demo permit n is overdue (otherwise it is due today): alternates between the
     * builds of one village in one stage, so each township has both.
     */
    public static boolean nextVisitOverdue(int n) {
        return (n / VILLAGES.size()) % 2 == 1;
    }

    /**
     * Days before the loading day that demo permit n was applied for: finished, refused and revoked builds 46 to 205
     * days back (so decisions spread over half a year), builds holding a certificate not yet started or under
     * construction 15 to 45 days back (room for the visits before their next one), the others 1 to 45 days back.
     */
    public static int appliedDaysAgo(int n) {
        int s = stage(n);
        if (s == COMPLETED || s == ARCHIVED || s == REJECTED || s == REVOKED) {
            return 46 + (n * 37) % 160;
        }
        if (s == PERMITTED || s == UNDER_CONSTRUCTION) {
            return 15 + n % 31;
        }
        return n % 45 + 1;
    }

    /**
     * The application number permits' demo loader gives demo permit n when it loads on {@code today} (Asia/Shanghai):
     * {@code A<county>-<year applied>-<6-digit seq>}, numbered in n order within each year from a fresh counter. Other
     * services' demo data quote it (e.g. as the BLDS PermitNum of a visit) without asking permits-service.
     */
    public static String applicationNumber(int n, LocalDate today) {
        int year = today.minusDays(appliedDaysAgo(n)).getYear();
        int seq = 0;
        for (int m = 1; m <= n; m++) {
            if (today.minusDays(appliedDaysAgo(m)).getYear() == year) {
                seq++;
            }
        }
        return String.format("A%s-%d-%06d", townshipCode(n).substring(0, 6), year, seq);
    }

    /**
     * The day inspections' demo schedules the next mandatory visit of demo permit n (a permitted build's setting-out,
     * or the key milestone of one under construction): {@code today}, or 2 (setting-out) / 1 (key milestone) days
     * earlier when {@link #nextVisitOverdue} says it is overdue; null for builds in other stages.
     */
    public static LocalDate nextVisitScheduledOn(int n, LocalDate today) {
        return switch (stage(n)) {
            case PERMITTED -> today.minusDays(nextVisitOverdue(n) ? 2 : 0);
            case UNDER_CONSTRUCTION -> today.minusDays(nextVisitOverdue(n) ? 1 : 0);
            default -> null;
        };
    }

    /** Id of the stop-work notice in force on demo permit n (a suspended build), the same in permits and inspections. */
    public static UUID stopWorkNoticeId(int n) {
        return id("anju-demo-stopwork-" + n);
    }

    private static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(UTF_8));
    }
}
