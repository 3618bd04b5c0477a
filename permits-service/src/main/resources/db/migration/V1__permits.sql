-- permits-service schema: households, applications (builds), their append-only history, documents, county rules,
-- GIS layers, holiday calendar and the gap-free document counters.

create table household (
    id               uuid        primary key,
    county_code      varchar(6)  not null,
    village_code     varchar(12) not null,
    township_code    varchar(12) not null,
    head_name        text        not null,
    head_resident_id varchar(18) not null,
    register_number  text        not null,
    created_at       timestamptz not null,
    created_by       text        not null,
    version          bigint      not null default 0
);
create unique index household_head_resident_id on household (head_resident_id);
create index household_township on household (township_code, id);

create table permit (
    id                         uuid          primary key,
    application_number         text          not null unique,
    household_id               uuid          not null references household (id),
    county_code                varchar(6)    not null,
    township_code              varchar(12)   not null,
    village_code               varchar(12)   not null,
    homestead_approval_ref     text,
    plot_id                    text,
    plot_area                  numeric(10,2),
    lat                        double precision not null,
    lng                        double precision not null,
    address                    text          not null,
    kind                       varchar(16)   not null,
    storeys                    integer       not null,
    height_m                   numeric(6,2)  not null,
    floor_area                 numeric(10,2) not null,
    investment                 numeric(14,2) not null,
    structure                  varchar(20)   not null,
    standard_drawing_set_id    text,
    designer_name              text,
    designer_qualification_no  text,
    design_firm_name           text,
    design_firm_credit_code    varchar(18),
    contractor_name            text,
    contractor_credit_code     varchar(18),
    crew_id                    uuid,
    planned_start_on           date,
    existing_grade             varchar(1),
    track                      varchar(12),
    state                      varchar(20)   not null,
    suspended_from             varchar(20),
    stop_work_notice_id        text,
    notice_started_on          date,
    submitted_at               timestamptz,
    survey_due_on              date,
    decision_due_on            date,
    crew_assigned              boolean       not null default false,
    created_at                 timestamptz   not null,
    updated_at                 timestamptz   not null,
    created_by                 text          not null,
    version                    bigint        not null default 0
);
-- list filters: township (+ state / track / village), newest first with id as tie-breaker for the keyset
create index permit_township_created on permit (township_code, created_at desc, id desc);
create index permit_village_created on permit (village_code, created_at desc, id desc);
create index permit_state_created on permit (state, created_at desc, id desc);
create index permit_track_created on permit (track, created_at desc, id desc);
create index permit_created on permit (created_at desc, id desc);
create index permit_submitted on permit (submitted_at);
create index permit_household on permit (household_id);
create index permit_township_state on permit (township_code, state);
create index permit_survey_due on permit (survey_due_on) where state in ('SUBMITTED', 'VILLAGE_REVIEWED');
create index permit_decision_due on permit (decision_due_on) where state in ('SUBMITTED', 'VILLAGE_REVIEWED', 'SITE_SURVEYED');

-- Every transition of a build, hash-chained per permit: hash = sha256(previous hash || this row's content).
create table permit_history (
    seq           bigserial   primary key,
    id            uuid        not null unique,
    permit_id     uuid        not null references permit (id),
    action        text        not null,
    from_state    varchar(20),
    to_state      varchar(20) not null,
    actor         text        not null,
    actor_role    text        not null,
    township_code varchar(12),
    reason        text,
    changes       text,
    occurred_at   timestamptz not null,
    prev_hash     varchar(64) not null,
    hash          varchar(64) not null
);
create index permit_history_permit on permit_history (permit_id, seq);

create function permit_history_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'permit_history is append-only: % refused', tg_op using errcode = 'P0001';
end;
$$;
create trigger permit_history_no_update before update or delete on permit_history
    for each row execute function permit_history_append_only();
create trigger permit_history_no_truncate before truncate on permit_history
    for each statement execute function permit_history_append_only();

-- The mandatory visits each permit needs, copied from the county's list when the permit is submitted.
create table permit_visit (
    permit_id   uuid        not null references permit (id),
    visit_type  varchar(24) not null,
    position    integer     not null,
    status      varchar(8)  not null default 'PENDING',
    visit_id    text,
    passed_at   timestamptz,
    primary key (permit_id, visit_type)
);

-- The book (选址意见书) and the certificate (乡村建设规划许可证); a re-issue keeps the number with a new revision.
create table permit_document (
    id          uuid        primary key,
    permit_id   uuid        not null references permit (id),
    kind        varchar(12) not null,
    number      text        not null,
    revision    integer     not null,
    issued_at   timestamptz not null,
    issued_by   text        not null,
    valid_until date,
    reason      text,
    unique (kind, number, revision)
);
create index permit_document_permit on permit_document (permit_id, kind, revision);

-- One row per county, year and kind, locked FOR UPDATE in the issuing transaction: no gaps, no duplicates.
create table document_counter (
    county_code varchar(6)  not null,
    year        integer     not null,
    kind        varchar(12) not null,
    last_value  integer     not null,
    primary key (county_code, year, kind)
);

create table county_rules (
    county_code              varchar(6)    primary key,
    above_storeys            integer       not null,
    above_floor_area         numeric(10,2) not null,
    above_investment         numeric(14,2) not null,
    notice_days              integer       not null,
    setback_national_m       numeric(6,2)  not null,
    setback_provincial_m     numeric(6,2)  not null,
    setback_county_m         numeric(6,2)  not null,
    setback_township_m       numeric(6,2)  not null,
    visits                   text          not null,
    book_valid_months        integer       not null,
    survey_working_days      integer       not null,
    decision_working_days    integer       not null,
    updated_at               timestamptz   not null,
    updated_by               text          not null,
    version                  bigint        not null default 0
);

create table gis_layer (
    id            uuid        primary key,
    county_code   varchar(6)  not null,
    kind          varchar(20) not null,
    version       integer     not null,
    feature_count integer     not null,
    geojson       text        not null,
    uploaded_at   timestamptz not null,
    uploaded_by   text        not null,
    unique (county_code, kind, version)
);

-- Public holidays and the make-up working days (调休) of the county calendar.
create table holiday (
    day     date    primary key,
    name    text    not null,
    workday boolean not null default false
);
insert into holiday (day, name, workday) values
    ('2026-01-01', '元旦 New Year', false), ('2026-01-02', '元旦 New Year', false),
    ('2026-02-16', '春节 Spring Festival', false), ('2026-02-17', '春节 Spring Festival', false),
    ('2026-02-18', '春节 Spring Festival', false), ('2026-02-19', '春节 Spring Festival', false),
    ('2026-02-20', '春节 Spring Festival', false), ('2026-02-14', '春节调休 make-up workday', true),
    ('2026-04-06', '清明节 Qingming', false), ('2026-05-01', '劳动节 Labour Day', false),
    ('2026-05-04', '劳动节 Labour Day', false), ('2026-05-05', '劳动节 Labour Day', false),
    ('2026-06-19', '端午节 Dragon Boat', false), ('2026-09-25', '中秋节 Mid-Autumn', false),
    ('2026-10-01', '国庆节 National Day', false), ('2026-10-02', '国庆节 National Day', false),
    ('2026-10-05', '国庆节 National Day', false), ('2026-10-06', '国庆节 National Day', false),
    ('2026-10-07', '国庆节 National Day', false), ('2026-10-10', '国庆调休 make-up workday', true),
    ('2027-01-01', '元旦 New Year', false);
