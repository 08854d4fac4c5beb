-- The curriculum as immutable versions of the curriculum/ folder: modules with their wording per language,
-- the day's order, and the pre/post test question bank. Rows are written once when a version is loaded
-- and never updated (the application has no method that changes them).

create table curriculum_version (
    id            bigint primary key,
    program_id    bigint        not null references program (id),
    number        integer       not null check (number > 0),
    content_hash  varchar(64)   not null check (content_hash ~ '^[0-9a-f]{64}$'),
    languages     varchar(60)   not null check (languages ~ '^[a-z]{2}(,[a-z]{2})*$'),
    titles        varchar(2000) not null,
    total_minutes integer       not null check (total_minutes > 0),
    source        varchar(500)  not null,
    loaded_by     varchar(100),
    version       integer       not null default 0,
    created_at    timestamptz   not null,
    modified_at   timestamptz   not null,
    unique (program_id, number)
);
create sequence curriculum_version_seq start with 1 increment by 50;

create table curriculum_module (
    id             bigint primary key,
    version_id     bigint      not null references curriculum_version (id),
    module_key     varchar(60) not null check (module_key ~ '^[a-z0-9][a-z0-9-]*$'),
    position       integer     not null check (position > 0),
    minutes        integer     not null check (minutes between 5 and 240),
    required       boolean     not null,
    presenter_role varchar(30) not null check (presenter_role in ('FACILITATOR', 'PROSECUTOR', 'POLICE_OFFICER',
                       'PUBLIC_HEALTH_EDUCATOR', 'SURVIVOR_SPEAKER', 'COUNSELOR', 'COMMUNITY_MEMBER')),
    unique (version_id, module_key),
    unique (version_id, position)
);
create sequence curriculum_module_seq start with 1 increment by 50;

create table module_text (
    id          bigint primary key,
    module_id   bigint       not null references curriculum_module (id),
    language    varchar(8)   not null,
    file_name   varchar(200) not null,
    title       varchar(200) not null check (length(trim(title)) > 0),
    objectives  text         not null check (length(objectives) > 0),
    outline     text         not null check (length(outline) > 0),
    sources     text         not null check (length(sources) > 0),
    unique (module_id, language)
);
create sequence module_text_seq start with 1 increment by 50;

create table agenda_item (
    id          bigint primary key,
    version_id  bigint      not null references curriculum_version (id),
    position    integer     not null check (position > 0),
    kind        varchar(10) not null check (kind in ('MODULE', 'BREAK', 'LUNCH')),
    module_key  varchar(60),
    minutes     integer     not null check (minutes > 0),
    unique (version_id, position),
    check ((kind = 'MODULE') = (module_key is not null))
);
create sequence agenda_item_seq start with 1 increment by 50;

create table question (
    id             bigint primary key,
    version_id     bigint      not null references curriculum_version (id),
    question_key   varchar(60) not null,
    position       integer     not null check (position > 0),
    module_key     varchar(60) not null,
    kind           varchar(10) not null check (kind in ('KNOWLEDGE', 'ATTITUDE')),
    answer         varchar(1)  check (answer ~ '^[a-h]$'),
    reverse_scored boolean     not null default false,
    unique (version_id, question_key),
    check ((kind = 'KNOWLEDGE') = (answer is not null))
);
create sequence question_seq start with 1 increment by 50;

create table question_text (
    id          bigint primary key,
    question_id bigint        not null references question (id),
    language    varchar(8)    not null,
    prompt      varchar(2000) not null check (length(trim(prompt)) > 0),
    options     text          not null,
    unique (question_id, language)
);
create sequence question_text_seq start with 1 increment by 50;

create table curriculum_version_aud (
    id            bigint   not null,
    rev           bigint   not null references audit_revision (id),
    revtype       smallint,
    program_id    bigint,
    number        integer,
    content_hash  varchar(64),
    languages     varchar(60),
    titles        varchar(2000),
    total_minutes integer,
    source        varchar(500),
    loaded_by     varchar(100),
    created_at    timestamptz,
    modified_at   timestamptz,
    primary key (id, rev)
);

create table curriculum_module_aud (
    id             bigint   not null,
    rev            bigint   not null references audit_revision (id),
    revtype        smallint,
    version_id     bigint,
    module_key     varchar(60),
    position       integer,
    minutes        integer,
    required       boolean,
    presenter_role varchar(30),
    primary key (id, rev)
);

create table module_text_aud (
    id          bigint   not null,
    rev         bigint   not null references audit_revision (id),
    revtype     smallint,
    module_id   bigint,
    language    varchar(8),
    file_name   varchar(200),
    title       varchar(200),
    objectives  text,
    outline     text,
    sources     text,
    primary key (id, rev)
);

create table agenda_item_aud (
    id          bigint   not null,
    rev         bigint   not null references audit_revision (id),
    revtype     smallint,
    version_id  bigint,
    position    integer,
    kind        varchar(10),
    module_key  varchar(60),
    minutes     integer,
    primary key (id, rev)
);

create table question_aud (
    id             bigint   not null,
    rev            bigint   not null references audit_revision (id),
    revtype        smallint,
    version_id     bigint,
    question_key   varchar(60),
    position       integer,
    module_key     varchar(60),
    kind           varchar(10),
    answer         varchar(1),
    reverse_scored boolean,
    primary key (id, rev)
);

create table question_text_aud (
    id          bigint   not null,
    rev         bigint   not null references audit_revision (id),
    revtype     smallint,
    question_id bigint,
    language    varchar(8),
    prompt      varchar(2000),
    options     text,
    primary key (id, rev)
);
