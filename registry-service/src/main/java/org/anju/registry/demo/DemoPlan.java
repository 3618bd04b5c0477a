package org.anju.registry.demo;

import java.time.LocalDate;
import java.time.Period;

import org.anju.registry.qualification.QualificationState;

/**
 * What demo crew k looks like: 1-12 qualified, 13-15 filed, 16-18 suspended, 19-21 revoked, 22-24 expired, 25 at its
 * job limit, 26 leader untrained, 27 insurance lapsed, 28 expired AND insurance lapsed, 29 suspended with an untrained
 * leader at its job limit (of 2), 30 a qualified company. Active jobs come from permits-service's demo builds.
 */
record DemoPlan(QualificationState stored, boolean expired, boolean insuranceLapsed, boolean leaderUntrained,
        int maxConcurrentJobs, String hazardGrade) {

    static DemoPlan of(int k) {
        // the crews that stay eligible may take 6 jobs: the demo county's 70 certificate holders share 20 crews, and
        // an officer trying the demo must still find crews with room for a new build
        if (k <= 12) {
            return new DemoPlan(QualificationState.QUALIFIED, false, false, false, 6, k % 5 == 0 ? "MAJOR" : null);
        }
        if (k <= 15) {
            return new DemoPlan(QualificationState.FILED, false, false, false, 3, null);
        }
        if (k <= 18) {
            return new DemoPlan(QualificationState.SUSPENDED, false, false, false, 3, "CRITICAL");
        }
        if (k <= 21) {
            return new DemoPlan(QualificationState.REVOKED, false, false, false, 3, "CRITICAL");
        }
        if (k <= 24) {
            return new DemoPlan(QualificationState.QUALIFIED, true, false, false, 3, null);
        }
        return switch (k) {
            case 25 -> new DemoPlan(QualificationState.QUALIFIED, false, false, false, 6, "GENERAL");
            case 26 -> new DemoPlan(QualificationState.QUALIFIED, false, false, true, 3, null);
            case 27 -> new DemoPlan(QualificationState.QUALIFIED, false, true, false, 3, null);
            case 28 -> new DemoPlan(QualificationState.QUALIFIED, true, true, false, 3, "GENERAL");
            case 29 -> new DemoPlan(QualificationState.SUSPENDED, false, false, true, 2, "MAJOR");
            default -> new DemoPlan(QualificationState.QUALIFIED, false, false, false, 6, null);
        };
    }

    /**
     * Start of the validity: expired ones were qualified just over two years ago, crews 11 and 12 so long ago that
     * their qualification runs out in 12 and 26 days (the officers' worklist lists them), others within the last year.
     */
    LocalDate qualifiedFrom(LocalDate today, int k, Period validity) {
        if (stored == QualificationState.FILED) {
            return null;
        }
        if (k == 11 || k == 12) {
            return today.plusDays(k == 11 ? 12 : 26).plusDays(1).minus(validity);
        }
        return expired ? today.minusYears(2).minusDays(30) : today.minusDays(30L + 11L * k);
    }
}
