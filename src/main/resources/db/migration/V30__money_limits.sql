-- Issue 22, item 3: a program's limits on money. One payment is at most largest_payment (San Francisco's fee is
-- $1,000; $10,000 by default); an adjustment above adjustment_limit, or one that leaves a credit, needs an admin
-- other than the one who asks.
alter table fee_schedule
    add column largest_payment  numeric(12,2) not null default 10000.00 check (largest_payment > 0),
    add column adjustment_limit numeric(12,2) not null default 250.00 check (adjustment_limit >= 0);

alter table fee_schedule_aud
    add column largest_payment  numeric(12,2),
    add column adjustment_limit numeric(12,2);

-- An adjustment beyond the coordinator's limit waits here for an admin other than the one who asked (as waivers do);
-- its approval posts the ADJUSTMENT entry.
create table adjustment_request (
    id               bigint primary key,
    program_id       bigint        not null references program (id),
    referral_id      bigint        not null references referral (id),
    amount           numeric(12,2) not null check (amount <> 0),
    reason           varchar(1000) not null check (length(trim(reason)) > 0),
    requested_by     varchar(100)  not null,
    requested_at     timestamptz   not null,
    status           varchar(12)   not null check (status in ('REQUESTED', 'APPROVED', 'REJECTED')),
    decided_by       varchar(100),
    decided_at       timestamptz,
    decision_note    varchar(1000),
    entry_id         bigint        references account_entry (id),
    version          integer       not null default 0,
    created_at       timestamptz   not null,
    modified_at      timestamptz   not null,
    check ((status = 'REQUESTED') = (decided_by is null)),
    check (decided_by is null or decided_by <> requested_by),
    check ((status = 'APPROVED') = (entry_id is not null))
);
create sequence adjustment_request_seq start with 1 increment by 50;
create index adjustment_request_referral_idx on adjustment_request (referral_id);
create index adjustment_request_open_idx on adjustment_request (program_id, requested_at) where status = 'REQUESTED';

create table adjustment_request_aud (
    id               bigint not null,
    rev              bigint not null references audit_revision (id),
    revtype          smallint,
    program_id       bigint,
    referral_id      bigint,
    amount           numeric(12,2),
    reason           varchar(1000),
    requested_by     varchar(100),
    requested_at     timestamptz,
    status           varchar(12),
    decided_by       varchar(100),
    decided_at       timestamptz,
    decision_note    varchar(1000),
    entry_id         bigint,
    created_at       timestamptz,
    modified_at      timestamptz,
    primary key (id, rev)
);
