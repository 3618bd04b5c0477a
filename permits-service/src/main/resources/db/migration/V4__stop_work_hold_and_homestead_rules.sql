-- A stop-work notice holds the build until inspections-service lifts it (issue 12): when the build was suspended, and
-- whether the suspension came from the notice (then only the lift resumes it) or was a manual one (its own resume).
alter table permit add column suspended_at timestamptz;
alter table permit add column suspended_by_stop_work boolean not null default false;
alter table permit add column stop_work_since timestamptz;

update permit set suspended_at = updated_at where state = 'SUSPENDED';
update permit set suspended_by_stop_work = true, stop_work_since = updated_at
 where state = 'SUSPENDED' and stop_work_notice_id is not null;
update permit set stop_work_since = updated_at where state <> 'SUSPENDED' and stop_work_notice_id is not null;

-- County rules (issue 12): whether a missing GIS layer refuses a submission (default) or only warns, and whether a
-- household whose new house is completed may file another new build (default: no, 一户一宅).
alter table county_rules add column missing_layers varchar(10) not null default 'REFUSE';
alter table county_rules add column new_build_after_completed_house boolean not null default false;

-- An active build holds its plot and its homestead approval county-wide: the submission looks both up.
create index permit_active_plot on permit (county_code, lower(plot_id))
    where state in ('SUBMITTED', 'VILLAGE_REVIEWED', 'SITE_SURVEYED', 'BOOK_ISSUED', 'PERMITTED', 'UNDER_CONSTRUCTION', 'SUSPENDED');
create index permit_active_homestead on permit (county_code, lower(homestead_approval_ref))
    where state in ('SUBMITTED', 'VILLAGE_REVIEWED', 'SITE_SURVEYED', 'BOOK_ISSUED', 'PERMITTED', 'UNDER_CONSTRUCTION', 'SUSPENDED');

-- Which thresholds put a build above the limit, as decided at submission: one "threshold|value|limit" line each.
alter table permit add column track_reasons text;
