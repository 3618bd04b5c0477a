-- One stop-work notice in force per build at any moment (issue 12): StopWorkService decides under a lock per build,
-- and the database refuses a second one all the same.
create unique index stop_work_one_in_force on stop_work_notice (permit_id) where status = 'IN_FORCE';
