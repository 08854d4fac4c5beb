-- Programs, their courts and staff, and the audit trail that every later table relies on.

create table program (
    id          bigint primary key,
    code        varchar(20)  not null unique check (code ~ '^[A-Z0-9][A-Z0-9-]*$'),
    name        varchar(200) not null check (length(trim(name)) > 0),
    address     varchar(500),
    version     integer      not null default 0,
    created_at  timestamptz  not null,
    modified_at timestamptz  not null
);
create sequence program_seq start with 1 increment by 50;

create table court (
    id          bigint primary key,
    program_id  bigint       not null references program (id),
    code        varchar(20)  not null unique check (code ~ '^[A-Z0-9][A-Z0-9-]*$'),
    name        varchar(200) not null check (length(trim(name)) > 0),
    active      boolean      not null default true,
    version     integer      not null default 0,
    created_at  timestamptz  not null,
    modified_at timestamptz  not null
);
create sequence court_seq start with 1 increment by 50;
create index court_program_idx on court (program_id);

create table app_user (
    id                  bigint primary key,
    program_id          bigint       not null references program (id),
    username            varchar(100) not null unique check (username ~ '^[a-z0-9._-]{3,100}$'),
    display_name        varchar(200) not null check (length(trim(display_name)) > 0),
    role                varchar(20)  not null check (role in ('ADMIN', 'COORDINATOR', 'FACILITATOR', 'CLERK', 'EVALUATOR')),
    court_id            bigint references court (id),
    password_hash       varchar(300) not null,
    password_changed_at timestamptz  not null,
    enabled             boolean      not null default true,
    failed_logins       integer      not null default 0 check (failed_logins >= 0),
    first_failed_at     timestamptz,
    locked_at           timestamptz,
    version             integer      not null default 0,
    created_at          timestamptz  not null,
    modified_at         timestamptz  not null,
    -- A clerk belongs to exactly one court; nobody else is tied to a court.
    check ((role = 'CLERK') = (court_id is not null))
);
create sequence app_user_seq start with 1 increment by 50;
create index app_user_court_idx on app_user (court_id);

-- Security events (CJIS AU-2/AU-3): logins, failures, lockouts, releases. Append-only.
create table security_event (
    id             bigserial primary key,
    occurred_at    timestamptz  not null,
    event_type     varchar(40)  not null,
    username       varchar(100),
    outcome        varchar(20)  not null check (outcome in ('SUCCESS', 'FAILURE')),
    source_address varchar(64),
    detail         varchar(500)
);
create index security_event_time_idx on security_event (occurred_at);
create index security_event_user_idx on security_event (username, occurred_at);

-- Envers revisions: who changed domain data, when, and from where.
create table audit_revision (
    id             bigint primary key,
    revision_time  timestamptz  not null,
    username       varchar(100),
    source_address varchar(64)
);
create sequence audit_revision_seq start with 1 increment by 50;

create table program_aud (
    id          bigint   not null,
    rev         bigint   not null references audit_revision (id),
    revtype     smallint,
    code        varchar(20),
    name        varchar(200),
    address     varchar(500),
    created_at  timestamptz,
    modified_at timestamptz,
    primary key (id, rev)
);

create table court_aud (
    id          bigint   not null,
    rev         bigint   not null references audit_revision (id),
    revtype     smallint,
    program_id  bigint,
    code        varchar(20),
    name        varchar(200),
    active      boolean,
    created_at  timestamptz,
    modified_at timestamptz,
    primary key (id, rev)
);

-- The password hash is deliberately not audited.
create table app_user_aud (
    id                  bigint   not null,
    rev                 bigint   not null references audit_revision (id),
    revtype             smallint,
    program_id          bigint,
    username            varchar(100),
    display_name        varchar(200),
    role                varchar(20),
    court_id            bigint,
    password_changed_at timestamptz,
    enabled             boolean,
    locked_at           timestamptz,
    created_at          timestamptz,
    modified_at         timestamptz,
    primary key (id, rev)
);
