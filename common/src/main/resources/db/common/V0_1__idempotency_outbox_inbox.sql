-- Shared infrastructure tables of every Anju service (from the anju-common module).
-- Common migrations are numbered V0_n so that they run before each service's own V1, V2, ...

-- Writes a phone or another system may retry: the first answer is kept and replayed for the same key.
create table idempotency_key (
    scope         text        not null,
    key           text        not null,
    request_hash  text        not null,
    status        integer,
    location      text,
    etag          text,
    body          text,
    created_at    timestamptz not null default now(),
    primary key (scope, key)
);
create index idempotency_key_created on idempotency_key (created_at);

-- Facts for other services, written in the same transaction as the change that causes them,
-- delivered in order per destination until acknowledged.
create table outbox_event (
    seq             bigserial   primary key,
    id              uuid        not null unique,
    destination     text        not null,
    event_type      text        not null,
    aggregate_id    text,
    payload         text        not null,
    created_at      timestamptz not null default now(),
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null default now(),
    delivered_at    timestamptz,
    rejected_at     timestamptz,
    last_error      text
);
create index outbox_event_pending on outbox_event (destination, seq) where delivered_at is null and rejected_at is null;

-- Events received from other services; the primary key makes every receiver idempotent on the event id.
create table inbox_event (
    id          uuid        primary key,
    event_type  text        not null,
    source      text,
    received_at timestamptz not null default now()
);
