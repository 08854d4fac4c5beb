-- A module counts as attended only once it has ended (issue 21). The facilitator's mark against the clock is kept
-- apart from the credit, so it survives later saves and the roster's closing: null means the arrival and departure
-- times decide.
alter table module_attendance add column marked boolean;
alter table module_attendance_aud add column marked boolean;

-- A session's roster is closed by the facilitator, or by the application an hour after the session's end: those
-- still there leave at the end and the day's modules are credited. Closed by hand or automatically, by whom, when.
create table roster_closing (
    session_id  bigint       primary key references class_session (id),
    program_id  bigint       not null references program (id),
    closed_at   timestamptz  not null,
    closed_by   varchar(100) not null,
    automatic   boolean      not null,
    version     integer      not null default 0,
    created_at  timestamptz  not null,
    modified_at timestamptz  not null
);

create table roster_closing_aud (
    session_id  bigint not null,
    rev         bigint not null references audit_revision (id),
    revtype     smallint,
    program_id  bigint,
    closed_at   timestamptz,
    closed_by   varchar(100),
    automatic   boolean,
    created_at  timestamptz,
    modified_at timestamptz,
    primary key (session_id, rev)
);

-- Class days held before this migration are over and credited as they were: their rosters count as closed.
insert into roster_closing (session_id, program_id, closed_at, closed_by, automatic, created_at, modified_at)
select id, program_id, now(), 'migration', true, now(), now() from class_session where session_date < current_date;
