-- Completion review (issue 21): when a case's completion rule holds it waits for a coordinator, who confirms it
-- (certificate and court letter) or sends it back with a reason; a program may turn this off (then a case completes
-- by itself once its class day is over). A program may set a post-test pass mark (percent of knowledge items right).
alter table program add column completion_review boolean not null default true;
alter table program add column post_test_pass_mark integer check (post_test_pass_mark between 0 and 100);
alter table program_aud add column completion_review boolean;
alter table program_aud add column post_test_pass_mark integer;

create table completion_review (
    id          bigint        primary key,
    program_id  bigint        not null references program (id),
    referral_id bigint        not null references referral (id),
    status      varchar(10)   not null check (status in ('WAITING', 'CONFIRMED', 'SENT_BACK', 'WITHDRAWN')),
    ready_on    date          not null,
    decided_by  varchar(100),
    decided_at  timestamptz,
    reason      varchar(2000),
    version     integer       not null default 0,
    created_at  timestamptz   not null,
    modified_at timestamptz   not null,
    check (status <> 'SENT_BACK' or length(trim(reason)) > 0)
);
create sequence completion_review_seq start with 1 increment by 50;
-- One review waits per case at a time.
create unique index completion_review_waiting_idx on completion_review (referral_id) where status = 'WAITING';
create index completion_review_program_idx on completion_review (program_id, status);

create table completion_review_aud (
    id          bigint not null,
    rev         bigint not null references audit_revision (id),
    revtype     smallint,
    program_id  bigint,
    referral_id bigint,
    status      varchar(10),
    ready_on    date,
    decided_by  varchar(100),
    decided_at  timestamptz,
    reason      varchar(2000),
    created_at  timestamptz,
    modified_at timestamptz,
    primary key (id, rev)
);
