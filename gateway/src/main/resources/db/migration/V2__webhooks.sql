-- Webhooks: a county admin's subscriptions of outside systems (the county hall, the other bureaus) to the public
-- events of the services, and the deliveries of those events, in order per subscription, with every attempt.

create table webhook_subscription (
    id            uuid          primary key,
    county_code   varchar(6)    not null,
    url           varchar(2000) not null,
    -- AES-GCM under anju.webhooks.secret-key (the HMAC key must be recoverable to sign); never returned
    secret_cipher text          not null,
    event_types   varchar(40)[] not null,
    description   varchar(300),
    status        varchar(16)   not null,
    paused_reason varchar(300),
    created_by    varchar(64)   not null,
    created_at    timestamptz   not null,
    updated_at    timestamptz   not null,
    version       bigint        not null,
    constraint webhook_subscription_county_check check (county_code ~ '^[0-9]{6}$'),
    constraint webhook_subscription_status_check check (status in ('ACTIVE', 'PAUSED')),
    constraint webhook_subscription_types_check check (cardinality(event_types) >= 1 and event_types <@ array[
        'application.submitted', 'book.issued', 'certificate.issued', 'build.completed', 'stop-work.issued',
        'stop-work.lifted']::varchar(40)[])
);
-- the list (a county's subscriptions, oldest first) and the match of an incoming event (county, then type)
create index webhook_subscription_county on webhook_subscription (county_code, created_at, id);

create table webhook_delivery (
    -- the order of deliveries per subscription: the order the gateway received the events in
    seq              bigserial     primary key,
    id               uuid          not null unique,
    subscription_id  uuid          not null references webhook_subscription (id) on delete cascade,
    event_id         uuid          not null,
    event_type       varchar(40)   not null,
    occurred_at      timestamptz   not null,
    -- the JSON body sent (and signed) on every attempt, byte for byte
    body             text          not null,
    status           varchar(16)   not null,
    attempts         integer       not null default 0,
    -- consecutive failed attempts since the delivery was (re)queued; drives the backoff
    failures         integer       not null default 0,
    next_attempt_at  timestamptz   not null,
    last_attempt_at  timestamptz,
    delivered_at     timestamptz,
    last_status_code integer,
    last_error       varchar(500),
    created_at       timestamptz   not null,
    constraint webhook_delivery_event_key unique (subscription_id, event_id),
    constraint webhook_delivery_status_check check (status in ('PENDING', 'DELIVERED'))
);
-- the relay's line per subscription: its pending deliveries in order
create index webhook_delivery_pending on webhook_delivery (subscription_id, seq) where status = 'PENDING';
-- the delivery list (newest first) and replay by time
create index webhook_delivery_subscription_seq on webhook_delivery (subscription_id, seq desc);
create index webhook_delivery_subscription_time on webhook_delivery (subscription_id, occurred_at);

create table webhook_attempt (
    id           bigserial   primary key,
    delivery_id  uuid        not null references webhook_delivery (id) on delete cascade,
    attempted_at timestamptz not null,
    outcome      varchar(16) not null,
    status_code  integer,
    error        varchar(500),
    duration_ms  integer     not null,
    constraint webhook_attempt_outcome_check check (outcome in ('DELIVERED', 'FAILED', 'GONE'))
);
create index webhook_attempt_delivery on webhook_attempt (delivery_id, id desc);
