-- Due process of credit: the county admin may void a confirmed hazard with a reason. The hazard keeps its record
-- (who voided it, when, why) and reads VOIDED; its rectification notice, if still open, is closed as VOIDED (not closed
-- out: closed_at stays for a passed re-check). registry-service hears hazard.voided through the outbox.
alter table hazard drop constraint hazard_status_check;
alter table hazard
    add constraint hazard_status_check check (status in ('OPEN', 'CLOSED', 'VOIDED')),
    add column voided_at   timestamptz,
    add column voided_by   text,
    add column void_reason text,
    add constraint hazard_voided_with_who_when_why check ((status = 'VOIDED') = (voided_at is not null
        and voided_by is not null and void_reason is not null));

alter table rectification_notice drop constraint rectification_notice_status_check;
alter table rectification_notice
    add constraint rectification_notice_status_check check (status in ('OPEN', 'CLOSED', 'VOIDED')),
    add column voided_at timestamptz,
    add constraint rectification_notice_voided_when check ((status = 'VOIDED') = (voided_at is not null));
