-- Participants' feedback on a class day, anonymous: ratings 1 (poor) to 5 (excellent) and a comment, entered
-- from the paper form by staff or given on the kiosk after the post-test. Not linked to a case.

create table session_evaluation (
    id          bigint primary key,
    program_id  bigint        not null references program (id),
    session_id  bigint        not null references class_session (id),
    mode        varchar(6)    not null check (mode in ('PAPER', 'KIOSK')),
    language    varchar(8)    not null,
    overall     smallint      not null check (overall between 1 and 5),
    content     smallint      check (content between 1 and 5),
    presenters  smallint      check (presenters between 1 and 5),
    venue       smallint      check (venue between 1 and 5),
    comments    varchar(4000),
    entered_by  varchar(100),
    created_at  timestamptz   not null
);
create sequence session_evaluation_seq start with 1 increment by 50;
create index session_evaluation_session_idx on session_evaluation (session_id);
