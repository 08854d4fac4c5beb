-- Two-step sign-in (CJIS IA-2, RFC 6238 one-time codes), recovery codes and API tokens.

-- The authenticator secret (Base32) is never audited or shown again after set-up; the last accepted
-- time step stops a code from being used twice.
alter table app_user
    add column mfa_secret      varchar(64),
    add column mfa_enrolled_at timestamptz,
    add column mfa_last_step   bigint,
    add column mfa_required    boolean not null default false,
    add check ((mfa_secret is null) = (mfa_enrolled_at is null));

alter table app_user_aud
    add column mfa_enrolled_at timestamptz,
    add column mfa_required    boolean;

-- Ten single-use codes for when the phone is lost; only their SHA-256 is kept.
create table recovery_code (
    id        bigserial primary key,
    user_id   bigint      not null references app_user (id),
    code_hash char(64)    not null,
    made_at   timestamptz not null,
    used_at   timestamptz,
    unique (user_id, code_hash)
);

-- Bearer tokens for the REST API, issued after both steps; only their SHA-256 is kept.
create table api_token (
    id         bigserial primary key,
    user_id    bigint      not null references app_user (id),
    token_hash char(64)    not null unique,
    issued_at  timestamptz not null,
    expires_at timestamptz not null,
    revoked_at timestamptz,
    check (expires_at > issued_at)
);
create index api_token_user_idx on api_token (user_id);
