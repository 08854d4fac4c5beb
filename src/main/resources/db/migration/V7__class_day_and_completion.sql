-- Class day and completion: attendance per participant and module, the pre/post test, the completion
-- decision with its certificate, failure for missed deadlines, and every status change of a case kept
-- for the court's feed.

-- Late arrival or early departure beyond this many minutes marks the modules it cuts into missed.
alter table program add column attendance_grace_minutes integer not null default 10 check (attendance_grace_minutes between 0 and 120);
alter table program_aud add column attendance_grace_minutes integer;

-- An enrollment ends when its attendance is taken: ATTENDED (came, at least in part) or NO_SHOW (absent or
-- excused). Its seat stays counted. A make-up enrollment is a later seat to attend only what was missed.
alter table enrollment drop constraint enrollment_status_check;
alter table enrollment add constraint enrollment_status_check
    check (status in ('ENROLLED', 'WAITLISTED', 'MOVED', 'CANCELLED', 'ATTENDED', 'NO_SHOW'));
alter table enrollment add column makeup boolean not null default false;
alter table enrollment_aud add column makeup boolean;

create table attendance (
    id            bigint primary key,
    program_id    bigint        not null references program (id),
    enrollment_id bigint        not null unique references enrollment (id),
    session_id    bigint        not null references class_session (id),
    referral_id   bigint        not null references referral (id),
    status        varchar(12)   not null check (status in ('PRESENT', 'LATE', 'LEFT_EARLY', 'ABSENT', 'EXCUSED')),
    id_verified   boolean       not null default false,
    arrived_at    time,
    departed_at   time,
    remarks       varchar(1000),
    recorded_by   varchar(100)  not null,
    version       integer       not null default 0,
    created_at    timestamptz   not null,
    modified_at   timestamptz   not null,
    check (status in ('ABSENT', 'EXCUSED') or (arrived_at is not null and id_verified)),
    check (status not in ('ABSENT', 'EXCUSED') or (arrived_at is null and departed_at is null)),
    check (departed_at is null or departed_at > arrived_at)
);
create sequence attendance_seq start with 1 increment by 50;
create index attendance_referral_idx on attendance (referral_id);
create index attendance_session_idx on attendance (session_id);

create table attendance_aud (
    id            bigint not null,
    rev           bigint not null references audit_revision (id),
    revtype       smallint,
    program_id    bigint,
    enrollment_id bigint,
    session_id    bigint,
    referral_id   bigint,
    status        varchar(12),
    id_verified   boolean,
    arrived_at    time,
    departed_at   time,
    remarks       varchar(1000),
    recorded_by   varchar(100),
    created_at    timestamptz,
    modified_at   timestamptz,
    primary key (id, rev)
);

-- Which of the session's modules the participant attended (a make-up seat lists only what it makes up).
create table module_attendance (
    id            bigint primary key,
    attendance_id bigint      not null references attendance (id),
    module_key    varchar(60) not null,
    required      boolean     not null,
    attended      boolean     not null,
    unique (attendance_id, module_key)
);
create sequence module_attendance_seq start with 1 increment by 50;

create table module_attendance_aud (
    id            bigint not null,
    rev           bigint not null references audit_revision (id),
    revtype       smallint,
    attendance_id bigint,
    module_key    varchar(60),
    required      boolean,
    attended      boolean,
    primary key (id, rev)
);

-- The pre- and post-test: one sitting per case and kind, entered from paper by staff or answered on the
-- kiosk (opened by a one-time code whose hash is kept), scored per item.
create table test_sitting (
    id                    bigint primary key,
    program_id            bigint       not null references program (id),
    referral_id           bigint       not null references referral (id),
    session_id            bigint       references class_session (id),
    curriculum_version_id bigint       not null references curriculum_version (id),
    kind                  varchar(4)   not null check (kind in ('PRE', 'POST')),
    mode                  varchar(6)   not null check (mode in ('PAPER', 'KIOSK')),
    language              varchar(8)   not null,
    status                varchar(10)  not null check (status in ('OPEN', 'SUBMITTED')),
    kiosk_code_hash       varchar(64)  unique,
    code_expires_at       timestamptz,
    knowledge_correct     integer      check (knowledge_correct >= 0),
    knowledge_items       integer      check (knowledge_items >= 0),
    attitude_score        numeric(5,2),
    opened_by             varchar(100) not null,
    submitted_at          timestamptz,
    version               integer      not null default 0,
    created_at            timestamptz  not null,
    modified_at           timestamptz  not null,
    unique (referral_id, kind),
    check (mode = 'PAPER' or kiosk_code_hash is not null),
    check ((status = 'SUBMITTED') = (submitted_at is not null)),
    check (status = 'OPEN' or knowledge_correct <= knowledge_items)
);
create sequence test_sitting_seq start with 1 increment by 50;
create index test_sitting_session_idx on test_sitting (session_id, kind);

create table test_sitting_aud (
    id                    bigint not null,
    rev                   bigint not null references audit_revision (id),
    revtype               smallint,
    program_id            bigint,
    referral_id           bigint,
    session_id            bigint,
    curriculum_version_id bigint,
    kind                  varchar(4),
    mode                  varchar(6),
    language              varchar(8),
    status                varchar(10),
    kiosk_code_hash       varchar(64),
    code_expires_at       timestamptz,
    knowledge_correct     integer,
    knowledge_items       integer,
    attitude_score        numeric(5,2),
    opened_by             varchar(100),
    submitted_at          timestamptz,
    created_at            timestamptz,
    modified_at           timestamptz,
    primary key (id, rev)
);

-- One answer per question: a letter for knowledge items (score 1 when right, else 0), a rating 1 to 5 for
-- attitude statements (score already turned around for reverse-scored statements).
create table test_answer (
    id           bigint primary key,
    sitting_id   bigint      not null references test_sitting (id),
    question_key varchar(60) not null,
    kind         varchar(10) not null check (kind in ('KNOWLEDGE', 'ATTITUDE')),
    answer       varchar(1)  not null check (answer ~ '^[a-h1-5]$'),
    score        smallint    not null check (score between 0 and 5),
    unique (sitting_id, question_key)
);
create sequence test_answer_seq start with 1 increment by 50;

create table test_answer_aud (
    id           bigint not null,
    rev          bigint not null references audit_revision (id),
    revtype      smallint,
    sitting_id   bigint,
    question_key varchar(60),
    kind         varchar(10),
    answer       varchar(1),
    score        smallint,
    primary key (id, rev)
);

-- Completion and failure on the case. Completion by the rule records the date; an admin's completion
-- against the rule also records the written reason and the admin.
alter table referral add column completed_on date;
alter table referral add column completion_override_reason varchar(4000);
alter table referral add column completed_by varchar(100);
alter table referral add column failed_on date;
alter table referral add column failure_reason varchar(4000);
alter table referral add constraint referral_completion_check
    check ((status in ('COMPLETED', 'DISMISSED')) = (completed_on is not null));
alter table referral add constraint referral_failure_check check (failed_on is null or length(trim(failure_reason)) > 0);
alter table referral_aud add column completed_on date;
alter table referral_aud add column completion_override_reason varchar(4000);
alter table referral_aud add column completed_by varchar(100);
alter table referral_aud add column failed_on date;
alter table referral_aud add column failure_reason varchar(4000);

-- A certificate of completion, verified by its number on a public page; revoked, never deleted.
create table certificate (
    id            bigint primary key,
    program_id    bigint        not null references program (id),
    referral_id   bigint        not null unique references referral (id),
    number        varchar(20)   not null unique check (number ~ '^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$'),
    completed_on  date          not null,
    issued_at     timestamptz   not null,
    revoked_at    timestamptz,
    revoked_by    varchar(100),
    revoke_reason varchar(1000),
    version       integer       not null default 0,
    created_at    timestamptz   not null,
    modified_at   timestamptz   not null,
    check ((revoked_at is null) = (revoke_reason is null))
);
create sequence certificate_seq start with 1 increment by 50;

create table certificate_aud (
    id            bigint not null,
    rev           bigint not null references audit_revision (id),
    revtype       smallint,
    program_id    bigint,
    referral_id   bigint,
    number        varchar(20),
    completed_on  date,
    issued_at     timestamptz,
    revoked_at    timestamptz,
    revoked_by    varchar(100),
    revoke_reason varchar(1000),
    created_at    timestamptz,
    modified_at   timestamptz,
    primary key (id, rev)
);

-- Every status change of a case, in order: the court's feed and weekly report read this table.
create table referral_status_change (
    id          bigint primary key,
    referral_id bigint       not null references referral (id),
    program_id  bigint       not null references program (id),
    court_id    bigint       not null references court (id),
    from_status varchar(30),
    to_status   varchar(30)  not null,
    reason      varchar(4000),
    changed_at  timestamptz  not null
);
create sequence referral_status_change_seq start with 1 increment by 50;
create index referral_status_change_court_idx on referral_status_change (court_id, changed_at, id);
create index referral_status_change_referral_idx on referral_status_change (referral_id, changed_at, id);

-- Cases referred before this table: their referral and the status they reached.
insert into referral_status_change (id, referral_id, program_id, court_id, from_status, to_status, reason, changed_at)
select nextval('referral_status_change_seq'), id, program_id, court_id, null, 'REFERRED', null, created_at from referral;
insert into referral_status_change (id, referral_id, program_id, court_id, from_status, to_status, reason, changed_at)
select nextval('referral_status_change_seq'), id, program_id, court_id, 'REFERRED', status, null, modified_at
from referral where status <> 'REFERRED';
