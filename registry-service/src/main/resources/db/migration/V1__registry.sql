-- registry-service: craftsmen, crews, memberships, training, qualification decisions, credit, assignments.

create table craftsman (
    id                 uuid        primary key,
    name               text        not null,
    resident_id        text    not null,
    phone              text        not null,
    township_code      text    not null,
    village_code       text,
    skill_level        integer    check (skill_level between 3 and 5),
    certifying_body    text,
    certificate_number text,
    credit_score       integer     not null default 100,
    created_at         timestamptz not null default now(),
    version            bigint      not null default 0
);
create unique index craftsman_resident_id on craftsman (resident_id);
create index craftsman_township_name on craftsman (township_code, name, id);
create index craftsman_name on craftsman (name, id);

create table craftsman_trade (
    craftsman_id uuid not null references craftsman (id),
    trade        text not null,
    primary key (craftsman_id, trade)
);
create index craftsman_trade_by_trade on craftsman_trade (trade, craftsman_id);
create index craftsman_skill on craftsman (skill_level, name, id);

create table training_record (
    id           uuid         primary key,
    craftsman_id uuid         not null references craftsman (id),
    course       text         not null,
    hours        numeric(6,1) not null check (hours > 0),
    mode         text         not null check (mode in ('ONLINE', 'OFFLINE')),
    completed_on date         not null,
    provider     text         not null,
    created_at   timestamptz  not null default now()
);
create index training_record_craftsman on training_record (craftsman_id, completed_on desc, id);

create table crew (
    id                      uuid        primary key,
    registration_number     text        not null unique,
    name                    text        not null,
    kind                    text        not null check (kind in ('INDIVIDUAL_CREW', 'COOPERATIVE', 'COMPANY')),
    credit_code             text,
    leader_id               uuid        not null references craftsman (id),
    township_code           text    not null,
    contact_name            text        not null,
    contact_phone           text        not null,
    insurance_policy_number text        not null,
    insurance_expires_on    date        not null,
    max_concurrent_jobs     integer     not null default 3 check (max_concurrent_jobs > 0),
    state                   text        not null check (state in ('FILED', 'QUALIFIED', 'SUSPENDED', 'REVOKED')),
    qualified_from          date,
    qualified_until         date,
    credit_score            integer     not null default 100,
    filed_at                timestamptz not null default now(),
    version                 bigint      not null default 0,
    check (kind <> 'COMPANY' or credit_code is not null)
);
create index crew_name on crew (name, id);
create index crew_township_name on crew (township_code, name, id);
create index crew_state_name on crew (state, qualified_until, name, id);
create index crew_public_order on crew (credit_score desc, id);
create index crew_township_public_order on crew (township_code, credit_score desc, id);

-- Gap-free registration numbers: one row per county and year, locked FOR UPDATE by the filing transaction.
create table registration_counter (
    county_code text not null,
    year        integer not null,
    last_value  integer not null,
    primary key (county_code, year)
);

-- A craftsman belongs to at most one active crew: the partial unique index is the last line of defence.
create table crew_member (
    id           uuid not null primary key,
    crew_id      uuid not null references crew (id),
    craftsman_id uuid not null references craftsman (id),
    joined_on    date not null,
    left_on      date
);
create unique index crew_member_one_active_crew on crew_member (craftsman_id) where left_on is null;
create index crew_member_active_by_crew on crew_member (crew_id) where left_on is null;

-- Append-only: qualification decisions are never updated or deleted.
create table qualification_decision (
    id             uuid        primary key,
    crew_id        uuid        not null references crew (id),
    action         text        not null,
    from_state     text        not null,
    to_state       text        not null,
    reason         text        not null,
    decided_by     text        not null,
    decided_role   text        not null,
    decided_at     timestamptz not null,
    valid_until    date
);
create index qualification_decision_crew on qualification_decision (crew_id, decided_at, id);

create table credit_record (
    seq          bigserial   primary key,
    id           uuid        not null unique,
    subject_type text        not null check (subject_type in ('CREW', 'CRAFTSMAN')),
    subject_id   uuid        not null,
    delta        integer     not null,
    score_after  integer     not null,
    reason       text        not null,
    grade        text,
    hazard_id    uuid,
    permit_id    uuid,
    event_id     uuid,
    recorded_at  timestamptz not null
);
create index credit_record_subject on credit_record (subject_type, subject_id, seq desc);

create table crew_assignment (
    id          uuid        primary key,
    crew_id     uuid        not null references crew (id),
    permit_id   uuid        not null,
    assigned_at timestamptz not null,
    released_at timestamptz,
    unique (crew_id, permit_id)
);
create index crew_assignment_active on crew_assignment (crew_id) where released_at is null;
