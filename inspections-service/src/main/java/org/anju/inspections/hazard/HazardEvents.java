package org.anju.inspections.hazard;

import java.util.UUID;

/**
 * The events the hazard feature sends registry-service through the outbox, with their payloads: the one place their
 * keys are written (registry-service's EventService reads them).
 */
public final class HazardEvents {

    /** Where they go. */
    public static final String DESTINATION = "registry";
    public static final String CONFIRMED = "hazard.confirmed";
    public static final String VOIDED = "hazard.voided";

    private HazardEvents() {
    }

    /** A hazard was recorded (confirmed) on a visit of a build with a crew: registry deducts credit. */
    public record Confirmed(UUID hazardId, UUID permitId, UUID crewId, String grade) {
    }

    /** The county admin voided a hazard: registry gives back what it deducted for it. */
    public record Voided(UUID hazardId, UUID permitId, UUID crewId, String grade, String reason, String voidedBy) {
    }
}
