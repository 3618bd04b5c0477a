package org.anju.registry.assignment;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Crew assignments: recording them idempotently and counting a crew's active jobs. */
@ApplicationScoped
public class AssignmentRepository implements PanacheRepositoryBase<CrewAssignment, UUID> {

    public long activeJobs(UUID crewId) {
        // Native: Panache's count() re-interprets its query on every call.
        return ((Number) getEntityManager().createNativeQuery("select count(*) from crew_assignment "
                + "where crew_id = ?1 and released_at is null").setParameter(1, crewId).getSingleResult()).longValue();
    }

    /** Records the crew on the permit; a repeat leaves an active assignment as it is and re-opens a released one. */
    public void assign(UUID crewId, UUID permitId, OffsetDateTime at) {
        getEntityManager().createNativeQuery("insert into crew_assignment (id, crew_id, permit_id, assigned_at) "
                + "values (?1, ?2, ?3, ?4) on conflict (crew_id, permit_id) do update "
                + "set assigned_at = excluded.assigned_at, released_at = null "
                + "where crew_assignment.released_at is not null")
                .setParameter(1, UUID.randomUUID()).setParameter(2, crewId).setParameter(3, permitId)
                .setParameter(4, at).executeUpdate();
    }

    /** Ends the crew's work on the permit; nothing happens when it is not active there. */
    public int release(UUID crewId, UUID permitId, OffsetDateTime at) {
        return update("releasedAt = ?1 where crewId = ?2 and permitId = ?3 and releasedAt is null", at, crewId,
                permitId);
    }
}
