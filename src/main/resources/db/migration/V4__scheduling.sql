-- Class sessions: venues, presenters, sessions with their agenda, enrollment with a waitlist, and the
-- notices sent to participants (an outbox: written in the same transaction as the change they announce).

alter table program add column reschedule_limit integer not null default 1 check (reschedule_limit between 0 and 10);
alter table program_aud add column reschedule_limit integer;

create table venue (
    id                  bigint primary key,
    program_id          bigint        not null references program (id),
    name                varchar(200)  not null check (length(trim(name)) > 0),
    address             varchar(500)  not null check (length(trim(address)) > 0),
    -- Room names, one per line (a session may name one).
    rooms               varchar(2000) not null default '',
    capacity            integer       not null check (capacity between 1 and 1000),
    accessibility_notes varchar(2000),
    is_default          boolean       not null default false,
    active              boolean       not null default true,
    version             integer       not null default 0,
    created_at          timestamptz   not null,
    modified_at         timestamptz   not null,
    unique (program_id, name)
);
create sequence venue_seq start with 1 increment by 50;
-- At most one default venue per program (used when a session names none).
create unique index venue_one_default_idx on venue (program_id) where is_default;

create table presenter (
    id             bigint primary key,
    program_id     bigint       not null references program (id),
    name           varchar(200) not null check (length(trim(name)) > 0),
    presenter_role varchar(30)  not null check (presenter_role in ('FACILITATOR', 'PROSECUTOR', 'POLICE_OFFICER',
                       'PUBLIC_HEALTH_EDUCATOR', 'SURVIVOR_SPEAKER', 'COUNSELOR', 'COMMUNITY_MEMBER')),
    languages      varchar(60)  not null check (languages ~ '^[a-z]{2}(,[a-z]{2})*$'),
    email          varchar(200),
    active         boolean      not null default true,
    version        integer      not null default 0,
    created_at     timestamptz  not null,
    modified_at    timestamptz  not null
);
create sequence presenter_seq start with 1 increment by 50;
create index presenter_program_idx on presenter (program_id);

create table class_session (
    id                    bigint primary key,
    program_id            bigint        not null references program (id),
    curriculum_version_id bigint        not null references curriculum_version (id),
    venue_id              bigint        not null references venue (id),
    room                  varchar(100),
    session_date          date          not null,
    start_time            time          not null,
    end_time              time          not null,
    language              varchar(8)    not null check (language ~ '^[a-z]{2}$'),
    capacity              integer       not null check (capacity between 1 and 1000),
    -- Seats taken, kept in step with the ENROLLED rows of this session under a row lock; the check makes
    -- overbooking impossible even for a faulty caller.
    enrolled              integer       not null default 0,
    status                varchar(20)   not null check (status in ('SCHEDULED', 'CANCELLED')),
    series_id             uuid,
    change_reason         varchar(1000),
    version               integer       not null default 0,
    created_at            timestamptz   not null,
    modified_at           timestamptz   not null,
    check (end_time > start_time),
    check (enrolled between 0 and capacity),
    check (status = 'SCHEDULED' or length(trim(change_reason)) > 0)
);
create sequence class_session_seq start with 1 increment by 50;
create index class_session_program_date_idx on class_session (program_id, session_date, start_time);
create index class_session_series_idx on class_session (series_id) where series_id is not null;

create table session_agenda_item (
    id            bigint primary key,
    session_id    bigint      not null references class_session (id),
    position      integer     not null check (position > 0),
    kind          varchar(10) not null check (kind in ('MODULE', 'BREAK', 'LUNCH')),
    module_key    varchar(60),
    minutes       integer     not null check (minutes > 0),
    presenter_id  bigint      references presenter (id),
    check ((kind = 'MODULE') = (module_key is not null))
);
create sequence session_agenda_item_seq start with 1 increment by 50;
create index session_agenda_item_session_idx on session_agenda_item (session_id, position);

create table enrollment (
    id               bigint primary key,
    program_id       bigint        not null references program (id),
    referral_id      bigint        not null references referral (id),
    session_id       bigint        not null references class_session (id),
    status           varchar(20)   not null check (status in ('ENROLLED', 'WAITLISTED', 'MOVED', 'CANCELLED')),
    -- How many times this case was moved to another session before this enrollment.
    reschedule_count integer       not null default 0 check (reschedule_count >= 0),
    reason           varchar(1000),
    joined_at        timestamptz   not null,
    ended_at         timestamptz,
    version          integer       not null default 0,
    created_at       timestamptz   not null,
    modified_at      timestamptz   not null,
    check (status in ('ENROLLED', 'WAITLISTED') or ended_at is not null)
);
create sequence enrollment_seq start with 1 increment by 50;
-- A case holds at most one seat and at most one waitlist place at a time.
create unique index enrollment_one_seat_idx on enrollment (referral_id) where status = 'ENROLLED';
create unique index enrollment_one_waitlist_idx on enrollment (referral_id) where status = 'WAITLISTED';
-- Rosters and the waitlist order of a session.
create index enrollment_session_idx on enrollment (session_id, status, joined_at, id);
create index enrollment_referral_idx on enrollment (referral_id);

-- Notices to participants (enrollment, moves, cancellations, waitlist promotion, reminders). Demo mode
-- keeps them here for admins to read; production also sends them by e-mail.
create table notice (
    id            bigint primary key,
    program_id    bigint        not null references program (id),
    referral_id   bigint        references referral (id),
    session_id    bigint        references class_session (id),
    kind          varchar(30)   not null,
    recipient     varchar(200),
    language      varchar(8)    not null,
    subject       varchar(300)  not null,
    body          text          not null,
    created_at    timestamptz   not null,
    sent_at       timestamptz,
    delivery      varchar(20)   not null check (delivery in ('PENDING', 'SENT', 'NO_ADDRESS', 'OUTBOX_ONLY', 'FAILED'))
);
create sequence notice_seq start with 1 increment by 50;
create index notice_program_time_idx on notice (program_id, created_at desc);
create index notice_pending_idx on notice (delivery) where delivery = 'PENDING';
create unique index notice_reminder_once_idx on notice (referral_id, session_id, kind) where kind like 'REMINDER%';

create table venue_aud (
    id                  bigint not null,
    rev                 bigint not null references audit_revision (id),
    revtype             smallint,
    program_id          bigint,
    name                varchar(200),
    address             varchar(500),
    rooms               varchar(2000),
    capacity            integer,
    accessibility_notes varchar(2000),
    is_default          boolean,
    active              boolean,
    created_at          timestamptz,
    modified_at         timestamptz,
    primary key (id, rev)
);

create table presenter_aud (
    id             bigint not null,
    rev            bigint not null references audit_revision (id),
    revtype        smallint,
    program_id     bigint,
    name           varchar(200),
    presenter_role varchar(30),
    languages      varchar(60),
    email          varchar(200),
    active         boolean,
    created_at     timestamptz,
    modified_at    timestamptz,
    primary key (id, rev)
);

create table class_session_aud (
    id                    bigint not null,
    rev                   bigint not null references audit_revision (id),
    revtype               smallint,
    program_id            bigint,
    curriculum_version_id bigint,
    venue_id              bigint,
    room                  varchar(100),
    session_date          date,
    start_time            time,
    end_time              time,
    language              varchar(8),
    capacity              integer,
    enrolled              integer,
    status                varchar(20),
    series_id             uuid,
    change_reason         varchar(1000),
    created_at            timestamptz,
    modified_at           timestamptz,
    primary key (id, rev)
);

create table session_agenda_item_aud (
    id            bigint not null,
    rev           bigint not null references audit_revision (id),
    revtype       smallint,
    session_id    bigint,
    position      integer,
    kind          varchar(10),
    module_key    varchar(60),
    minutes       integer,
    presenter_id  bigint,
    primary key (id, rev)
);

create table enrollment_aud (
    id               bigint not null,
    rev              bigint not null references audit_revision (id),
    revtype          smallint,
    program_id       bigint,
    referral_id      bigint,
    session_id       bigint,
    status           varchar(20),
    reschedule_count integer,
    reason           varchar(1000),
    joined_at        timestamptz,
    ended_at         timestamptz,
    created_at       timestamptz,
    modified_at      timestamptz,
    primary key (id, rev)
);

create table notice_aud (
    id            bigint not null,
    rev           bigint not null references audit_revision (id),
    revtype       smallint,
    program_id    bigint,
    referral_id   bigint,
    session_id    bigint,
    kind          varchar(30),
    recipient     varchar(200),
    language      varchar(8),
    subject       varchar(300),
    body          text,
    created_at    timestamptz,
    sent_at       timestamptz,
    delivery      varchar(20),
    primary key (id, rev)
);
