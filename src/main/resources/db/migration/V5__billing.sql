-- Fees: each program's fee schedule, and the ledger of money events per case. The ledger is append-only:
-- a trigger refuses any update or delete, so a mistake can only be corrected by a reversing entry.
-- Amounts are exact decimals in US dollars (numeric(12,2)); rounding is half-even to the cent.

create table fee_schedule (
    id          bigint primary key,
    program_id  bigint        not null unique references program (id),
    base_fee    numeric(10,2) not null check (base_fee >= 0),
    currency    varchar(3)    not null default 'USD' check (currency = 'USD'),
    version     integer       not null default 0,
    created_at  timestamptz   not null,
    modified_at timestamptz   not null
);
create sequence fee_schedule_seq start with 1 increment by 50;

create table fee_schedule_aud (
    id          bigint not null,
    rev         bigint not null references audit_revision (id),
    revtype     smallint,
    program_id  bigint,
    base_fee    numeric(10,2),
    currency    varchar(3),
    created_at  timestamptz,
    modified_at timestamptz,
    primary key (id, rev)
);

create table account_entry (
    id                bigint primary key,
    program_id        bigint        not null references program (id),
    referral_id       bigint        not null references referral (id),
    entry_type        varchar(12)   not null check (entry_type in ('CHARGE', 'PAYMENT', 'ADJUSTMENT', 'WAIVER', 'REFUND', 'REVERSAL')),
    -- What the entry is worth (always positive) and what it does to the balance (signed).
    amount            numeric(12,2) not null check (amount > 0),
    balance_effect    numeric(12,2) not null check (balance_effect <> 0),
    description       varchar(300),
    method            varchar(12)   check (method in ('CASH', 'CHECK', 'MONEY_ORDER', 'CARD')),
    reference         varchar(60),
    receipt_number    varchar(40),
    reverses_entry_id bigint        unique references account_entry (id),
    reason            varchar(1000),
    entered_by        varchar(100)  not null,
    entered_on        date          not null,
    created_at        timestamptz   not null,
    idempotency_key   varchar(100),
    request_hash      varchar(64),
    check ((entry_type = 'PAYMENT') = (method is not null)),
    check ((entry_type = 'PAYMENT') = (receipt_number is not null)),
    check (method is null or method not in ('CHECK', 'CARD') or reference is not null),
    check ((entry_type = 'REVERSAL') = (reverses_entry_id is not null)),
    check (entry_type not in ('REVERSAL', 'ADJUSTMENT', 'WAIVER', 'REFUND') or length(trim(reason)) > 0),
    check (entry_type not in ('CHARGE', 'REFUND') or balance_effect = amount),
    check (entry_type not in ('PAYMENT', 'WAIVER') or balance_effect = -amount),
    check (abs(balance_effect) = amount)
);
create sequence account_entry_seq start with 1 increment by 50;
create unique index account_entry_receipt_idx on account_entry (program_id, receipt_number) where receipt_number is not null;
create unique index account_entry_idempotency_idx on account_entry (program_id, idempotency_key) where idempotency_key is not null;
create index account_entry_referral_idx on account_entry (referral_id, id);
create index account_entry_program_day_idx on account_entry (program_id, entered_on, entry_type);

create function account_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'Account entries are never changed or deleted; post a reversing entry instead.';
end
$$;
create trigger account_entry_append_only before update or delete on account_entry
    for each row execute function account_entry_is_append_only();

-- Receipt numbers run 1, 2, 3… per program without gaps: the counter moves in the payment's own transaction,
-- so a payment that rolls back gives its number back.
create table receipt_counter (
    program_id  bigint primary key references program (id),
    next_number bigint not null default 1 check (next_number > 0)
);

-- Hardship waivers: requested by a coordinator with a reason, decided by an admin who is not the requester
-- (checked here too). An approved waiver posts a WAIVER entry to the ledger.
create table waiver_request (
    id              bigint primary key,
    program_id      bigint        not null references program (id),
    referral_id     bigint        not null references referral (id),
    full_waiver     boolean       not null,
    amount          numeric(12,2) check (amount > 0),
    reason          varchar(1000) not null check (length(trim(reason)) > 0),
    requested_by    varchar(100)  not null,
    requested_at    timestamptz   not null,
    status          varchar(12)   not null check (status in ('REQUESTED', 'APPROVED', 'REJECTED')),
    decided_by      varchar(100),
    decided_at      timestamptz,
    decision_note   varchar(1000),
    waiver_entry_id bigint        references account_entry (id),
    version         integer       not null default 0,
    created_at      timestamptz   not null,
    modified_at     timestamptz   not null,
    check (full_waiver = (amount is null)),
    check ((status = 'REQUESTED') = (decided_by is null)),
    check (decided_by is null or decided_by <> requested_by),
    check ((status = 'APPROVED') = (waiver_entry_id is not null))
);
create sequence waiver_request_seq start with 1 increment by 50;
create index waiver_request_referral_idx on waiver_request (referral_id);
create index waiver_request_open_idx on waiver_request (program_id, requested_at) where status = 'REQUESTED';

create table waiver_request_aud (
    id              bigint not null,
    rev             bigint not null references audit_revision (id),
    revtype         smallint,
    program_id      bigint,
    referral_id     bigint,
    full_waiver     boolean,
    amount          numeric(12,2),
    reason          varchar(1000),
    requested_by    varchar(100),
    requested_at    timestamptz,
    status          varchar(12),
    decided_by      varchar(100),
    decided_at      timestamptz,
    decision_note   varchar(1000),
    waiver_entry_id bigint,
    created_at      timestamptz,
    modified_at     timestamptz,
    primary key (id, rev)
);

-- Revenue allocation: collected fees are split to funds by shares that add up to exactly 1.
create table allocation_share (
    id          bigint primary key,
    program_id  bigint       not null references program (id),
    position    integer      not null check (position > 0),
    fund        varchar(100) not null check (length(trim(fund)) > 0),
    share       numeric(6,5) not null check (share > 0 and share <= 1),
    version     integer      not null default 0,
    created_at  timestamptz  not null,
    modified_at timestamptz  not null,
    unique (program_id, fund),
    unique (program_id, position)
);
create sequence allocation_share_seq start with 1 increment by 50;

create table allocation_share_aud (
    id          bigint not null,
    rev         bigint not null references audit_revision (id),
    revtype     smallint,
    program_id  bigint,
    position    integer,
    fund        varchar(100),
    share       numeric(6,5),
    created_at  timestamptz,
    modified_at timestamptz,
    primary key (id, rev)
);

-- Payment plans: the balance owed when the plan is made, spread over installments with due dates. Whether an
-- installment is paid is derived from the payments made since the plan began (oldest installment first).
create table payment_plan (
    id          bigint primary key,
    program_id  bigint        not null references program (id),
    referral_id bigint        not null references referral (id),
    total       numeric(12,2) not null check (total > 0),
    status      varchar(12)   not null check (status in ('ACTIVE', 'REPLACED')),
    starts_on   date          not null,
    created_by  varchar(100)  not null,
    version     integer       not null default 0,
    created_at  timestamptz   not null,
    modified_at timestamptz   not null
);
create sequence payment_plan_seq start with 1 increment by 50;
create unique index payment_plan_one_active_idx on payment_plan (referral_id) where status = 'ACTIVE';

create table installment (
    id          bigint primary key,
    plan_id     bigint        not null references payment_plan (id),
    position    integer       not null check (position > 0),
    due_date    date          not null,
    amount      numeric(12,2) not null check (amount > 0),
    unique (plan_id, position)
);
create sequence installment_seq start with 1 increment by 50;
create index installment_due_idx on installment (due_date);

create table payment_plan_aud (
    id          bigint not null,
    rev         bigint not null references audit_revision (id),
    revtype     smallint,
    program_id  bigint,
    referral_id bigint,
    total       numeric(12,2),
    status      varchar(12),
    starts_on   date,
    created_by  varchar(100),
    created_at  timestamptz,
    modified_at timestamptz,
    primary key (id, rev)
);

create table installment_aud (
    id          bigint not null,
    rev         bigint not null references audit_revision (id),
    revtype     smallint,
    plan_id     bigint,
    position    integer,
    due_date    date,
    amount      numeric(12,2),
    primary key (id, rev)
);

-- Sliding scale: tiers of household income (for a household of one, plus an amount per extra member) and the
-- fee of each; a financial assessment records the inputs and the fee that results. No tier fits: the base fee.
create table sliding_scale_tier (
    id           bigint primary key,
    program_id   bigint        not null references program (id),
    position     integer       not null check (position > 0),
    income_limit numeric(12,2) not null check (income_limit > 0),
    per_person   numeric(12,2) not null check (per_person >= 0),
    fee          numeric(10,2) not null check (fee >= 0),
    version      integer       not null default 0,
    created_at   timestamptz   not null,
    modified_at  timestamptz   not null,
    unique (program_id, position)
);
create sequence sliding_scale_tier_seq start with 1 increment by 50;

create table sliding_scale_tier_aud (
    id           bigint not null,
    rev          bigint not null references audit_revision (id),
    revtype      smallint,
    program_id   bigint,
    position     integer,
    income_limit numeric(12,2),
    per_person   numeric(12,2),
    fee          numeric(10,2),
    created_at   timestamptz,
    modified_at  timestamptz,
    primary key (id, rev)
);

create table financial_assessment (
    id               bigint primary key,
    program_id       bigint        not null references program (id),
    referral_id      bigint        not null references referral (id),
    household_income numeric(12,2) not null check (household_income >= 0),
    household_size   integer       not null check (household_size between 1 and 20),
    tier_position    integer,
    fee              numeric(10,2) not null check (fee >= 0),
    note             varchar(1000),
    assessed_by      varchar(100)  not null,
    version          integer       not null default 0,
    created_at       timestamptz   not null,
    modified_at      timestamptz   not null
);
create sequence financial_assessment_seq start with 1 increment by 50;
create index financial_assessment_referral_idx on financial_assessment (referral_id, id desc);

create table financial_assessment_aud (
    id               bigint not null,
    rev              bigint not null references audit_revision (id),
    revtype          smallint,
    program_id       bigint,
    referral_id      bigint,
    household_income numeric(12,2),
    household_size   integer,
    tier_position    integer,
    fee              numeric(10,2),
    note             varchar(1000),
    assessed_by      varchar(100),
    created_at       timestamptz,
    modified_at      timestamptz,
    primary key (id, rev)
);
