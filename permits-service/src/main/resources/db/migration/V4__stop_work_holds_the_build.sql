-- A stop-work notice holds the build until inspections-service lifts it (issue 12): when the build was suspended, and
-- whether the suspension came from the notice (then only the lift resumes it) or was a manual one (its own resume).
alter table permit add column suspended_at timestamptz;
alter table permit add column suspended_by_stop_work boolean not null default false;
alter table permit add column stop_work_since timestamptz;

update permit set suspended_at = updated_at where state = 'SUSPENDED';
update permit set suspended_by_stop_work = true, stop_work_since = updated_at
 where state = 'SUSPENDED' and stop_work_notice_id is not null;
update permit set stop_work_since = updated_at where state <> 'SUSPENDED' and stop_work_notice_id is not null;
