package org.anju.common.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.anju.common.division.Divisions;
import org.junit.jupiter.api.Test;

class DemoCountyTest {

    private static final String CHENGGUAN = "369901100000";
    private static final String QINGSHI = "369901101000";

    @Test
    void everyTownshipHasBuildsInEveryStage() {
        Map<String, Set<Integer>> stages = new TreeMap<>();
        for (int n = 1; n <= DemoCounty.PERMITS; n++) {
            stages.computeIfAbsent(DemoCounty.townshipCode(n), t -> new HashSet<>()).add(DemoCounty.stage(n));
        }
        assertEquals(4, stages.size());
        stages.forEach((township, seen) -> assertEquals(DemoCounty.STAGES, seen.size(), township + " " + seen));
    }

    @Test
    void everyVillageHoldsBuilds() {
        Set<String> villages = new HashSet<>();
        for (int n = 1; n <= DemoCounty.PERMITS; n++) {
            villages.add(DemoCounty.villageCode(n));
        }
        assertEquals(Divisions.demo().villages().size(), villages.size());
    }

    @Test
    void certificatesAreHeldOnlyByQualifiedCrewsAndSpreadEvenly() {
        Map<Integer, Integer> jobs = new HashMap<>();
        for (int n = 1; n <= DemoCounty.PERMITS; n++) {
            int crew = DemoCounty.crew(n);
            assertTrue(DemoCounty.QUALIFIED_CREWS.contains(crew), "permit " + n + " crew " + crew);
            if (DemoCounty.holdsCertificate(n)) {
                jobs.merge(crew, 1, Integer::sum);
            }
        }
        int min = jobs.values().stream().mapToInt(Integer::intValue).min().orElseThrow();
        int max = jobs.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
        assertEquals(DemoCounty.QUALIFIED_CREWS.size(), jobs.size());
        assertTrue(max - min <= 1, jobs.toString());
    }

    @Test
    void bothDemoInspectorsHaveBuildsUnderConstructionDueTodayAndOverdue() {
        for (String township : new String[] { CHENGGUAN, QINGSHI }) {
            boolean today = false;
            boolean overdue = false;
            for (int n = 1; n <= DemoCounty.PERMITS; n++) {
                if (DemoCounty.stage(n) == DemoCounty.UNDER_CONSTRUCTION && DemoCounty.townshipCode(n).equals(township)) {
                    today |= !DemoCounty.nextVisitOverdue(n);
                    overdue |= DemoCounty.nextVisitOverdue(n);
                }
            }
            assertTrue(today && overdue, township);
        }
    }

    @Test
    void sitesLieNearTheirVillageCentreExceptTheDraftsMeantToBeRefused() {
        int hazard = 0;
        int road = 0;
        for (int n = 1; n <= DemoCounty.PERMITS; n++) {
            DemoCounty.Position p = DemoCounty.position(n);
            assertEquals(p, DemoCounty.position(n));
            if (DemoCounty.inHazardZone(n)) {
                hazard++;
                assertEquals(DemoCounty.HAZARD_LAT, p.lat());
            } else if (DemoCounty.nextToRoad(n)) {
                road++;
                assertEquals(8.0, (p.lat() - DemoCounty.ROAD_LAT) * 111_195, 0.1);
            } else {
                assertTrue(Math.abs(p.lat() - DemoCounty.village(n).lat()) <= 0.004);
                assertTrue(Math.abs(p.lng() - DemoCounty.village(n).lng()) <= 0.004);
            }
        }
        assertTrue(hazard >= 1 && road >= 1, hazard + " hazard, " + road + " road");
    }

    @Test
    void idsAreTheContractsNameUuids() {
        assertEquals(java.util.UUID.nameUUIDFromBytes("anju-demo-permit-7".getBytes()), DemoCounty.permitId(7));
        assertEquals(java.util.UUID.nameUUIDFromBytes("anju-demo-stopwork-7".getBytes()),
                DemoCounty.stopWorkNoticeId(7));
        assertEquals(java.util.UUID.nameUUIDFromBytes("anju-demo-crew-3".getBytes()), DemoCounty.crewId(3));
    }

    @Test
    void finishedRefusedAndRevokedBuildsGoBackHalfAYearTheOthersAtMost45Days() {
        int oldest = 0;
        for (int n = 1; n <= DemoCounty.PERMITS; n++) {
            int s = DemoCounty.stage(n);
            int days = DemoCounty.appliedDaysAgo(n);
            if (s == DemoCounty.COMPLETED || s == DemoCounty.ARCHIVED || s == DemoCounty.REJECTED
                    || s == DemoCounty.REVOKED) {
                assertTrue(days >= 46 && days <= 205, n + ": " + days);
                oldest = Math.max(oldest, days);
            } else if (s == DemoCounty.PERMITTED || s == DemoCounty.UNDER_CONSTRUCTION) {
                assertTrue(days >= 15 && days <= 45, n + ": " + days);
            } else {
                assertTrue(days >= 1 && days <= 45, n + ": " + days);
            }
        }
        assertTrue(oldest > 180, "oldest " + oldest);
    }

    @Test
    void nextVisitsAreScheduledTodayOrJustBefore() {
        java.time.LocalDate today = java.time.LocalDate.of(2026, 11, 30);
        for (int n = 1; n <= DemoCounty.PERMITS; n++) {
            java.time.LocalDate on = DemoCounty.nextVisitScheduledOn(n, today);
            switch (DemoCounty.stage(n)) {
                case DemoCounty.PERMITTED -> assertEquals(DemoCounty.nextVisitOverdue(n) ? today.minusDays(2) : today,
                        on);
                case DemoCounty.UNDER_CONSTRUCTION -> assertEquals(
                        DemoCounty.nextVisitOverdue(n) ? today.minusDays(1) : today, on);
                default -> assertEquals(null, on);
            }
        }
    }
}
