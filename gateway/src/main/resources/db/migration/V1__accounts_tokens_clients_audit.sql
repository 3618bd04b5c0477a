-- The gateway's security data: people's accounts, their refresh tokens, the API clients of bureau systems, and the
-- audit log of personal-record reads. Passwords and secrets are stored only as bcrypt hashes, refresh tokens only as
-- SHA-256 hashes.

create table user_account (
    id                  uuid primary key,
    username            varchar(64)  not null,
    display_name        varchar(100) not null,
    password_hash       varchar(100) not null,
    roles               varchar(32)[] not null,
    county_code         varchar(6)   not null,
    townships           varchar(12)[] not null default '{}',
    enabled             boolean      not null default true,
    failed_attempts     integer      not null default 0,
    locked_until        timestamptz,
    last_login_at       timestamptz,
    password_changed_at timestamptz  not null,
    created_at          timestamptz  not null,
    updated_at          timestamptz  not null,
    version             bigint       not null,
    constraint user_account_username_key unique (username),
    constraint user_account_roles_check check (cardinality(roles) >= 1 and roles <@ array['inspector',
        'township_officer', 'village_reviewer', 'county_clerk', 'county_admin', 'bureau_reader']::varchar(32)[]),
    constraint user_account_county_check check (county_code ~ '^[0-9]{6}$'),
    constraint user_account_failed_attempts_check check (failed_attempts >= 0)
);
-- the account list: a county's accounts in username order, optionally filtered by role or township
create index user_account_county_username on user_account (county_code, username);
create index user_account_roles on user_account using gin (roles);
create index user_account_townships on user_account using gin (townships);

create table refresh_token (
    id             uuid primary key,
    token_hash     varchar(64) not null,
    user_id        uuid        not null references user_account (id) on delete cascade,
    family_id      uuid        not null,
    issued_at      timestamptz not null,
    expires_at     timestamptz not null,
    revoked_at     timestamptz,
    revoked_reason varchar(32),
    constraint refresh_token_hash_key unique (token_hash)
);
-- a rotated token presented again revokes its whole family; disabling a user revokes all of theirs
create index refresh_token_family on refresh_token (family_id);
create index refresh_token_user_active on refresh_token (user_id) where revoked_at is null;
create index refresh_token_expires on refresh_token (expires_at);

create table api_client (
    id           uuid primary key,
    client_id    varchar(64)  not null,
    display_name varchar(100) not null,
    secret_hash  varchar(100) not null,
    roles        varchar(32)[] not null,
    county_code  varchar(6)   not null,
    townships    varchar(12)[] not null default '{}',
    enabled      boolean      not null default true,
    created_at   timestamptz  not null,
    updated_at   timestamptz  not null,
    version      bigint       not null,
    constraint api_client_client_id_key unique (client_id),
    constraint api_client_roles_check check (cardinality(roles) >= 1 and roles <@ array['inspector',
        'township_officer', 'village_reviewer', 'county_clerk', 'county_admin', 'bureau_reader']::varchar(32)[]),
    constraint api_client_county_check check (county_code ~ '^[0-9]{6}$')
);
create index api_client_county_client on api_client (county_code, client_id);

-- every read of a personal record by a bureau (who, what, when), queried by the county admin
create table personal_record_read (
    id           uuid primary key,
    occurred_at  timestamptz  not null,
    actor        varchar(64)  not null,
    actor_role   varchar(32)  not null,
    county_code  varchar(6)   not null,
    service      varchar(32)  not null,
    record_type  varchar(40)  not null,
    record_id    varchar(64)  not null,
    request_path varchar(300)
);
create index personal_record_read_county_time on personal_record_read (county_code, occurred_at desc, id desc);
create index personal_record_read_actor_time on personal_record_read (actor, occurred_at desc, id desc);
create index personal_record_read_record on personal_record_read (record_type, record_id, occurred_at desc);
