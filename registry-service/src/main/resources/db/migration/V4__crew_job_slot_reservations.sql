-- A crew's job slot is reserved synchronously when permits-service issues a certificate (PUT
-- /crews/{crewId}/reservations/{permitId}): the row is HELD until the permit's crew.assigned event confirms it, and a
-- HELD row whose held_until has passed no longer counts (its permits transaction rolled back). Assignments recorded
-- before (by the event alone, or the demo loader) are CONFIRMED. A crew's active jobs = its rows not released and
-- either CONFIRMED or HELD until later than now.
alter table crew_assignment
    add column status     text not null default 'CONFIRMED' check (status in ('HELD', 'CONFIRMED')),
    add column held_until timestamptz,
    add column starts_on  date,
    add check (status <> 'HELD' or held_until is not null);
