-- The application number of the visit's build, as permits-service gave it when the visit was recorded: the BLDS
-- inspections dataset links each inspection to its permit by this number (PermitNum).
alter table visit add column application_number text;

-- The BLDS export reads recorded visits of builds in the order they reached Anju (keyset on created_at, id), so a
-- visit synced late from an offline phone still reaches a harvester that continues from its last cursor.
create index visit_blds_recorded on visit (created_at, id) where status = 'RECORDED' and permit_id is not null;
create index visit_blds_township_recorded on visit (township_code, created_at, id)
    where status = 'RECORDED' and permit_id is not null;
