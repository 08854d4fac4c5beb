-- Record linkage of re-arrest records to the program's persons. Each run is kept (who, when, thresholds, counts).
-- A link pairs one arrest record with one person, with the method (a shared state ID or FBI number, or the score),
-- the score and its evidence (JSON: how each field agreed). LINKED pairs passed the upper threshold or an
-- identifier; REVIEW pairs wait for a person, who CONFIRMS or REJECTS them (audited, with a note). A record has at
-- most one live link; a rejected pair stays, so a new run does not propose it again.

create table linkage_run (
    id              bigint primary key,
    program_id      bigint        not null references program (id),
    started_by      varchar(100)  not null,
    started_at      timestamptz   not null,
    finished_at     timestamptz,
    upper_threshold numeric(6,2)  not null,
    lower_threshold numeric(6,2)  not null,
    persons         integer       not null default 0,
    records         integer       not null default 0,
    comparisons     bigint        not null default 0,
    linked          integer       not null default 0,
    to_review       integer       not null default 0,
    check (lower_threshold < upper_threshold)
);
create sequence linkage_run_seq start with 1 increment by 1;
create index linkage_run_program_idx on linkage_run (program_id, started_at desc);

create table arrest_link (
    id               bigint primary key,
    program_id       bigint        not null references program (id),
    arrest_record_id bigint        not null references arrest_record (id),
    person_id        bigint        not null references person (id),
    method           varchar(12)   not null check (method in ('STATE_ID', 'FBI_NUMBER', 'SCORE')),
    score            numeric(7,3)  not null,
    evidence         text          not null check (jsonb_typeof(evidence::jsonb) = 'object'),
    state            varchar(10)   not null check (state in ('LINKED', 'REVIEW', 'CONFIRMED', 'REJECTED')),
    ambiguous        boolean       not null default false,
    run_id           bigint        not null references linkage_run (id),
    decided_by       varchar(100),
    decided_at       timestamptz,
    decision_note    varchar(500),
    version          integer       not null default 0,
    created_at       timestamptz   not null,
    modified_at      timestamptz   not null,
    unique (arrest_record_id, person_id),
    check ((state in ('CONFIRMED', 'REJECTED')) = (decided_by is not null and decided_at is not null))
);
create sequence arrest_link_seq start with 1 increment by 1;
alter table arrest_link alter column id set default nextval('arrest_link_seq');
create unique index arrest_link_one_live_idx on arrest_link (arrest_record_id) where state <> 'REJECTED';
create index arrest_link_review_idx on arrest_link (program_id, state, score desc, id);
create index arrest_link_person_idx on arrest_link (person_id) where state in ('LINKED', 'CONFIRMED');

create table arrest_link_aud (
    id               bigint not null,
    rev              bigint not null references audit_revision (id),
    revtype          smallint,
    program_id       bigint,
    arrest_record_id bigint,
    person_id        bigint,
    method           varchar(12),
    score            numeric(7,3),
    evidence         text,
    state            varchar(10),
    ambiguous        boolean,
    run_id           bigint,
    decided_by       varchar(100),
    decided_at       timestamptz,
    decision_note    varchar(500),
    created_at       timestamptz,
    modified_at      timestamptz,
    primary key (id, rev)
);
