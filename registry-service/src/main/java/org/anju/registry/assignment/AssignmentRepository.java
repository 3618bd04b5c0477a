package org.anju.registry.assignment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.anju.registry.support.Clock;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * Crew assignments (job slots): holding them for a reservation, confirming and releasing them on events, and counting
 * a crew's active jobs (not released, and confirmed or held until later than now).
 */
@ApplicationScoped
public class AssignmentRepository implements PanacheRepositoryBase<CrewAssignment, UUID> {

    public long activeJobs(UUID crewId) {
        return activeJobs(crewId, Clock.now());
    }

    public long activeJobs(UUID crewId, OffsetDateTime now) {
        // Native: Panache's count() re-interprets its query on every call.
        return ((Number) getEntityManager().createNativeQuery("select count(*) from crew_assignment "
                + "where crew_id = ?1 and released_at is null and (status = 'CONFIRMED' or held_until > ?2)")
                .setParameter(1, crewId).setParameter(2, now).getSingleResult()).longValue();
    }

    public Optional<CrewAssignment> of(UUID crewId, UUID permitId) {
        return find("crewId = ?1 and permitId = ?2", crewId, permitId).firstResultOptional();
    }

    /**
     * Holds a slot of the crew for the permit until {@code until}, re-opening a released or lapsed row; the caller has
     * locked the crew and counted its live slots.
     */
    public void hold(UUID crewId, UUID permitId, LocalDate startsOn, OffsetDateTime now, OffsetDateTime until) {
        getEntityManager().createNativeQuery("insert into crew_assignment (id, crew_id, permit_id, assigned_at, "
                + "status, held_until, starts_on) values (?1, ?2, ?3, ?4, 'HELD', ?5, ?6) on conflict (crew_id, "
                + "permit_id) do update set assigned_at = excluded.assigned_at, released_at = null, status = 'HELD', "
                + "held_until = excluded.held_until, starts_on = excluded.starts_on")
                .setParameter(1, UUID.randomUUID()).setParameter(2, crewId).setParameter(3, permitId)
                .setParameter(4, now).setParameter(5, until).setParameter(6, startsOn).executeUpdate();
    }

    /**
     * Records the crew on the permit for good (the crew.assigned event, after permits committed): confirms a held
     * slot, even a lapsed one, since the certificate was issued; a repeat leaves a confirmed assignment as it is and
     * re-opens a released one.
     */
    public void assign(UUID crewId, UUID permitId, OffsetDateTime at) {
        getEntityManager().createNativeQuery("insert into crew_assignment (id, crew_id, permit_id, assigned_at, "
                + "status) values (?1, ?2, ?3, ?4, 'CONFIRMED') on conflict (crew_id, permit_id) do update "
                + "set assigned_at = case when crew_assignment.released_at is null then crew_assignment.assigned_at "
                + "else excluded.assigned_at end, released_at = null, status = 'CONFIRMED', held_until = null "
                + "where crew_assignment.released_at is not null or crew_assignment.status = 'HELD'")
                .setParameter(1, UUID.randomUUID()).setParameter(2, crewId).setParameter(3, permitId)
                .setParameter(4, at).executeUpdate();
    }

    /** Ends the crew's work on the permit (held or confirmed); nothing happens when it is not active there. */
    public int release(UUID crewId, UUID permitId, OffsetDateTime at) {
        return update("releasedAt = ?1 where crewId = ?2 and permitId = ?3 and releasedAt is null", at, crewId,
                permitId);
    }
}
