-- Mandatory-visit deadlines (the visits due now and when each visit fell due), the household filter and search of
-- the list, and the indexes behind the statistics.

-- County limits of the visits after the site survey (working days; DESIGN.md section 3 sets the survey's).
alter table county_rules add column setting_out_working_days integer not null default 3;
alter table county_rules add column stage_visit_working_days integer not null default 3;

-- Each visit's deadline, set when the visit falls due (and kept: statistics count the visits due in a period, passed
-- or not). The township is copied from the build (it never changes after submission) so the counts read one index.
alter table permit_visit add column township_code varchar(12);
alter table permit_visit add column due_on date;
update permit_visit v set township_code = p.township_code from permit p where p.id = v.permit_id;
alter table permit_visit alter column township_code set not null;
create index permit_visit_due_on on permit_visit (due_on, township_code, status) where due_on is not null;

-- The visit a build is due for now and its deadline; null when none is (not yet, suspended, decided, finished).
alter table permit add column due_visit varchar(24);
alter table permit add column visit_due_on date;
-- GET /permits/visits-due: one township's builds by deadline then id (the keyset order), or the county's
create index permit_visit_due_township on permit (township_code, visit_due_on, id) where visit_due_on is not null;
create index permit_visit_due_county on permit (visit_due_on, id) where visit_due_on is not null;

-- GET /permits?household=: a household's builds, newest first
drop index permit_household;
create index permit_household_created on permit (household_id, created_at desc, id desc);

-- GET /permits?q=: a number, exact or prefix (text_pattern_ops: LIKE 'prefix%' under any collation) ...
create index permit_number_prefix on permit (application_number text_pattern_ops);
create index permit_document_number_prefix on permit_document (number text_pattern_ops);
-- ... or part of the household head's name: a GIN index over the name's characters. Trigrams (pg_trgm) cannot index
-- a one- or two-character fragment, which is what a Chinese given name or surname is; the characters can, and the
-- LIKE on the few rows they select checks the order.
create index household_head_name_chars on household using gin (regexp_split_to_array(lower(head_name), ''));

-- statistics: decisions (book issued, or refused) by the moment they were taken
create index permit_history_decisions on permit_history (occurred_at) where action in ('issue-book', 'reject');

-- Builds that existed before this migration get their deadlines at the next start (VisitSchedule), then this row goes.
create table permit_backfill (task text primary key);
insert into permit_backfill (task) values ('visit-deadlines');
