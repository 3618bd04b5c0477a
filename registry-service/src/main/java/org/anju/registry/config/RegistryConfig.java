package org.anju.registry.config;

import java.time.Duration;
import java.time.Period;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** County rules of the register that a deployment configures (defaults follow DESIGN.md). */
@ConfigMapping(prefix = "anju.registry")
public interface RegistryConfig {

    /** How long a qualification (or its renewal) stays valid. */
    @WithDefault("P2Y")
    Period qualificationValidity();

    /** Training currency of craftsmen. */
    Training training();

    /** Credit points deducted per confirmed hazard grade (defaults in application.properties: GENERAL 2, MAJOR 5, CRITICAL 10). */
    Map<String, Integer> hazardDeductions();

    /** Default maximum number of concurrent jobs of a newly filed crew. */
    @WithDefault("3")
    int defaultMaxConcurrentJobs();

    /**
     * How long a job slot reserved for a certificate stays held without the permit's crew.assigned event (which
     * follows the commit within seconds); a reservation whose permits transaction rolled back lapses after it.
     */
    @WithDefault("PT10M")
    Duration reservationHold();

    /** Training hours a craftsman needs to stay current. */
    interface Training {
        /** Hours needed within the window. */
        @WithDefault("40")
        int minHours();

        /** Of which offline (in person). */
        @WithDefault("24")
        int minOfflineHours();

        /** The window, counted back from the day in question. */
        @WithDefault("12")
        int windowMonths();
    }
}
