-- Retention of sealed cases: after the configured number of years from sealing, a person whose cases are all sealed
-- loses their identity (names, aliases, identifiers, contact, the day and month of birth; also in the audit tables
-- and in the notices written to them). Each run is kept, dry runs included.

alter table person add column identity_purged_at timestamptz;

create table retention_run (
    id              bigint primary key,
    program_id      bigint        not null references program (id),
    run_by          varchar(100)  not null,
    run_at          timestamptz   not null,
    retention_years integer       not null check (retention_years >= 0),
    sealed_before   timestamptz   not null,
    dry_run         boolean       not null,
    persons         integer       not null check (persons >= 0)
);
create sequence retention_run_seq start with 1 increment by 1;
