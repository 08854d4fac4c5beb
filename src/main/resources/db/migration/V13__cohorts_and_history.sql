-- Cohorts for the recidivism follow-up: saved definitions (the JSON an evaluator posts to /cohorts/report),
-- the key of the program's pseudonyms in evaluator exports (never exported), and past participants imported from
-- a program's old spreadsheets (marked historical: they never enter scheduling or fees).

create table cohort_definition (
    id          bigint primary key,
    program_id  bigint        not null references program (id),
    name        varchar(100)  not null check (length(trim(name)) > 0),
    definition  text          not null check (jsonb_typeof(definition::jsonb) = 'object'),
    created_by  varchar(100)  not null,
    created_at  timestamptz   not null
);
create sequence cohort_definition_seq start with 1 increment by 1;
create unique index cohort_definition_name_idx on cohort_definition (program_id, lower(name));

create table export_key (
    program_id  bigint primary key references program (id),
    secret      bytea        not null check (length(secret) >= 32),
    created_at  timestamptz  not null
);

create table historical_import (
    id          bigint primary key,
    program_id  bigint        not null references program (id),
    imported_by varchar(100)  not null,
    imported_at timestamptz   not null,
    row_count   integer       not null default 0
);
create sequence historical_import_seq start with 1 increment by 1;

alter table referral add column historical_import_id bigint references historical_import (id);
alter table referral add column historical_outcome varchar(16) check (historical_outcome in ('COMPLETED', 'FAILED', 'INELIGIBLE', 'DECLINED'));
alter table referral add column exit_date date;
alter table referral add constraint referral_historical_check
    check ((historical_import_id is null) = (historical_outcome is null)
       and (historical_outcome is null or historical_outcome in ('INELIGIBLE', 'DECLINED') or exit_date is not null));
create index referral_historical_idx on referral (program_id, historical_import_id) where historical_import_id is not null;
