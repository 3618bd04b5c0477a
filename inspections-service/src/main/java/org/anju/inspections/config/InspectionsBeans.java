package org.anju.inspections.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.anju.inspections.visit.PresenceCheck;

/** Builds the plain-Java rules from the county configuration once. */
public class InspectionsBeans {

    @Produces
    @Singleton
    PresenceCheck presenceCheck(InspectionsConfig config) {
        InspectionsConfig.Presence p = config.presence();
        return new PresenceCheck(p.radiusMetres(), p.assumedAccuracyMetres(), p.clockSkewTolerance());
    }
}
