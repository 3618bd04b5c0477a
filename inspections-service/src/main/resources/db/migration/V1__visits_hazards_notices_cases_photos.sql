-- inspections-service: site visits with proof of presence, checklists, hazards and the rectification loop,
-- stop-work notices, illegal construction cases, photos.

-- Versioned checklist templates per visit type; a visit keeps the template id and version it used.
create table checklist_template (
    id          uuid        primary key,
    visit_type  text        not null,
    version     integer     not null,
    title_zh    text        not null,
    title_en    text        not null,
    created_at  timestamptz not null default now(),
    unique (visit_type, version)
);

create table checklist_item (
    id            uuid    primary key,
    template_id   uuid    not null references checklist_template (id),
    position      integer not null,
    code          text    not null,
    text_zh       text    not null,
    text_en       text    not null,
    answer_kind   text    not null check (answer_kind in ('YES_NO', 'NUMBER', 'TEXT')),
    required      boolean not null,
    hazard_type   text,
    hazard_grade  text    check (hazard_grade in ('GENERAL', 'MAJOR', 'CRITICAL')),
    unique (template_id, code)
);
create index checklist_item_template on checklist_item (template_id, position);

-- A visit: scheduled (no check-in yet) or recorded (check-in position, answers, outcome).
create table visit (
    id                    uuid             primary key,
    permit_id             uuid,
    township_code         varchar(12)      not null,
    village_code          varchar(12),
    crew_id               uuid,
    inspector             text             not null,
    visit_type            text             not null,
    status                text             not null check (status in ('SCHEDULED', 'RECORDED')),
    scheduled_date        date,
    client_checked_in_at  timestamptz,
    server_checked_in_at  timestamptz,
    lat                   double precision,
    lng                   double precision,
    accuracy_m            double precision,
    site_lat              double precision,
    site_lng              double precision,
    distance_m            double precision,
    radius_m              double precision,
    on_site               boolean,
    clock_skew            boolean,
    clock_skew_seconds    bigint,
    template_id           uuid references checklist_template (id),
    template_version      integer,
    answers               text,
    requested_outcome     text,
    outcome               text check (outcome in ('PASSED', 'PASSED_WITH_CONDITIONS', 'FAILED', 'NOT_ON_SITE')),
    acknowledged_by       text,
    acknowledged_role     text,
    acknowledged_at       timestamptz,
    notes                 text,
    timeline_at           timestamptz      not null,
    created_at            timestamptz      not null default now(),
    version               bigint           not null default 0
);
create index visit_due on visit (township_code, scheduled_date, id) where status = 'SCHEDULED';
create index visit_off_site on visit (township_code, timeline_at desc, id) where on_site = false;
create index visit_permit_timeline on visit (permit_id, timeline_at, id);

-- A finding (安全隐患) made on a visit.
create table hazard (
    id                  uuid        primary key,
    visit_id            uuid        not null references visit (id),
    permit_id           uuid,
    township_code       varchar(12) not null,
    crew_id             uuid,
    hazard_type         text        not null,
    grade               text        not null check (grade in ('GENERAL', 'MAJOR', 'CRITICAL')),
    item_code           text,
    description         text        not null,
    responsible_person  text        not null,
    status              text        not null check (status in ('OPEN', 'CLOSED')),
    created_at          timestamptz not null default now(),
    closed_at           timestamptz,
    version             bigint      not null default 0
);
create index hazard_visit on hazard (visit_id);
create index hazard_permit on hazard (permit_id, created_at);

-- 整改通知书: orders a hazard fixed by a deadline; a re-check closes it out (销号) or extends it.
create table rectification_notice (
    id                  uuid        primary key,
    hazard_id           uuid        not null unique references hazard (id),
    permit_id           uuid,
    township_code       varchar(12) not null,
    responsible_person  text        not null,
    deadline            date        not null,
    status              text        not null check (status in ('OPEN', 'CLOSED')),
    extensions          integer     not null default 0,
    issued_at           timestamptz not null default now(),
    closed_at           timestamptz,
    closing_visit_id    uuid references visit (id),
    version             bigint      not null default 0
);
create index rectification_notice_open on rectification_notice (township_code, deadline, id) where status = 'OPEN';

-- 停工通知书: halts a build; lifting needs a passed on-site re-check.
create table stop_work_notice (
    id                uuid        primary key,
    permit_id         uuid        not null,
    township_code     varchar(12) not null,
    visit_id          uuid        not null references visit (id),
    hazard_id         uuid references hazard (id),
    reason_code       text        not null,
    reason            text        not null,
    status            text        not null check (status in ('IN_FORCE', 'LIFTED')),
    issued_at         timestamptz not null default now(),
    issued_by         text        not null,
    lifted_at         timestamptz,
    lifting_visit_id  uuid references visit (id),
    version           bigint      not null default 0
);
create index stop_work_notice_permit on stop_work_notice (permit_id, issued_at);
create index stop_work_notice_township on stop_work_notice (township_code, status, issued_at, id);

-- 违法建设案件 with its own states and an append-only history.
create table illegal_case (
    id              uuid             primary key,
    kind            text             not null check (kind in ('NO_PERMIT', 'NOT_AS_PERMITTED')),
    state           text             not null,
    township_code   varchar(12)      not null,
    village_code    varchar(12),
    lat             double precision not null,
    lng             double precision not null,
    permit_id       uuid,
    household       text,
    description     text             not null,
    visit_id        uuid references visit (id),
    opened_at       timestamptz      not null default now(),
    opened_by       text             not null,
    version         bigint           not null default 0
);
create index illegal_case_state on illegal_case (township_code, state, opened_at, id);

create table illegal_case_history (
    id          bigserial   primary key,
    case_id     uuid        not null references illegal_case (id),
    from_state  text,
    to_state    text        not null,
    actor       text        not null,
    actor_role  text,
    note        text,
    at          timestamptz not null default now()
);
create index illegal_case_history_case on illegal_case_history (case_id, id);

-- Photo content, stored once per SHA-256 however often it is uploaded.
create table photo_blob (
    sha256        text    primary key,
    content_type  text        not null,
    size_bytes    bigint      not null,
    storage_path  text        not null,
    created_at    timestamptz not null default now()
);

-- A photo attached to a visit, a hazard or a case, with where and when it was taken.
create table photo (
    id            uuid             primary key,
    sha256        text         not null references photo_blob (sha256),
    visit_id      uuid references visit (id),
    hazard_id     uuid references hazard (id),
    case_id       uuid references illegal_case (id),
    taken_at      timestamptz,
    lat           double precision,
    lng           double precision,
    uploaded_by   text             not null,
    created_at    timestamptz      not null default now()
);
create index photo_visit on photo (visit_id);
create index photo_hazard on photo (hazard_id);
create index photo_case on photo (case_id);
create index photo_sha on photo (sha256);

-- A resumable upload for weak networks: chunks are appended at an offset until the expected size is reached.
create table photo_upload (
    id               uuid             primary key,
    expected_size    bigint           not null,
    expected_sha256  text         not null,
    received         bigint           not null default 0,
    temp_path        text             not null,
    visit_id         uuid,
    hazard_id        uuid,
    case_id          uuid,
    taken_at         timestamptz,
    lat              double precision,
    lng              double precision,
    uploaded_by      text             not null,
    status           text             not null check (status in ('OPEN', 'COMPLETE')),
    photo_id         uuid,
    created_at       timestamptz      not null default now(),
    version          bigint           not null default 0
);
