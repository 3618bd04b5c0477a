-- Indexes behind GET /api/v1/statistics, /statistics/monthly and the stop-work list: each count reads one index on
-- (township, the date it filters on), the covering ones without touching the table (index-only scans).

-- Visits checked in during a period, by township; on_site, visit_type and outcome ride along for the filters.
create index visit_recorded_township on visit (township_code, timeline_at)
    include (on_site, visit_type, outcome) where status = 'RECORDED';

-- Hazards found during a period, by grade.
create index hazard_township_created on hazard (township_code, created_at) include (grade);

-- Rectification notices issued, closed out, and due (deadline) during a period; the open-by-deadline list keeps
-- rectification_notice_open of V1, which also counts the overdue ones.
create index rectification_notice_township_issued on rectification_notice (township_code, issued_at);
create index rectification_notice_township_closed on rectification_notice (township_code, closed_at)
    where closed_at is not null;
create index rectification_notice_township_deadline on rectification_notice (township_code, deadline)
    include (status);

-- Stop-works of a township newest first in every state, and issued during a period (V1's index leads with status).
create index stop_work_notice_township_issued on stop_work_notice (township_code, issued_at, id);

-- Illegal construction cases opened during a period.
create index illegal_case_township_opened on illegal_case (township_code, opened_at);

-- Resumable uploads still open, oldest first: what the purge of abandoned sessions looks for.
create index photo_upload_open on photo_upload (created_at) where status = 'OPEN';
