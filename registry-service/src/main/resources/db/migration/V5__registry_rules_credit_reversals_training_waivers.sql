-- The register's own county rules, changed at run time by the county admin (GET/PUT /registry-rules, If-Match):
-- the minimum credit score a crew needs to be eligible for a new job. One row per county, seeded at startup.
create table registry_rules (
    county_code          text        primary key,
    minimum_credit_score integer     not null default 60 check (minimum_credit_score between 0 and 100),
    updated_at           timestamptz not null default now(),
    updated_by           text        not null default 'system',
    version              bigint      not null default 0
);

-- A QUALIFY or RENEW decision whose crew leader's training is not current needs an explicit waiver, kept with it.
alter table qualification_decision add column training_waiver_reason text;

-- Due process of credit: a voided hazard's deduction is reversed by a new entry (the deduction stays), at most once.
alter table credit_record
    add column kind        text not null default 'DEDUCTION' check (kind in ('DEDUCTION', 'REVERSAL')),
    add column reverses_id uuid references credit_record (id),
    add check (kind <> 'REVERSAL' or reverses_id is not null);
create unique index credit_record_reversed_once on credit_record (reverses_id) where reverses_id is not null;
create index credit_record_hazard on credit_record (hazard_id) where hazard_id is not null;
