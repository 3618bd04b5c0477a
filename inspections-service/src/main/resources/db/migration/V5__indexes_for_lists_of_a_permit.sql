-- A build's hazards, rectification notices (every state) and stop-work notices, keyset-paged by time then id: what
-- GET /api/v1/hazards?permit=, /rectification-notices?permit= and /stop-work-notices?permit= read (the household
-- file asks them per build). V1's indexes on (permit_id, time) lacked the id that breaks ties.
drop index hazard_permit;
create index hazard_permit on hazard (permit_id, created_at, id);
drop index stop_work_notice_permit;
create index stop_work_notice_permit on stop_work_notice (permit_id, issued_at, id);
create index rectification_notice_permit on rectification_notice (permit_id, issued_at, id);
