-- Referral intake: the person, the court's referral with its charges, and the eligibility screening.

create table eligibility_policy (
    id                            bigint primary key,
    program_id                    bigint        not null unique references program (id),
    minimum_age                   integer       not null check (minimum_age between 0 and 99),
    buyer_statutes                varchar(2000) not null,
    trafficking_statutes          varchar(2000) not null,
    require_first_offense         boolean       not null,
    require_no_prior_diversion    boolean       not null,
    exclude_registered_offenders  boolean       not null,
    exclude_pending_similar       boolean       not null,
    version                       integer       not null default 0,
    created_at                    timestamptz   not null,
    modified_at                   timestamptz   not null
);
create sequence eligibility_policy_seq start with 1 increment by 50;

create table person (
    id                 bigint primary key,
    program_id         bigint       not null references program (id),
    pseudonym          uuid         not null unique,
    first_name         varchar(100) not null check (length(trim(first_name)) > 0),
    middle_name        varchar(100),
    last_name          varchar(100) not null check (length(trim(last_name)) > 0),
    date_of_birth      date         not null check (date_of_birth > date '1900-01-01'),
    sex                varchar(1)   not null check (sex in ('M', 'F', 'X', 'U')),
    state_id           varchar(30),
    fbi_number         varchar(30),
    address            varchar(300),
    phone              varchar(40),
    email              varchar(200),
    preferred_language varchar(8)   not null default 'en',
    version            integer      not null default 0,
    created_at         timestamptz  not null,
    modified_at        timestamptz  not null
);
create sequence person_seq start with 1 increment by 50;
create index person_state_id_idx on person (state_id) where state_id is not null;
create index person_fbi_number_idx on person (fbi_number) where fbi_number is not null;
-- Finds the same person by names and birth date (screening), and serves name search by last name.
create index person_identity_idx on person (lower(last_name), lower(first_name), date_of_birth);

create table person_alias (
    id          bigint primary key,
    person_id   bigint       not null references person (id),
    first_name  varchar(100),
    last_name   varchar(100) not null check (length(trim(last_name)) > 0)
);
create sequence person_alias_seq start with 1 increment by 50;
create index person_alias_person_idx on person_alias (person_id);

create table referral (
    id                          bigint primary key,
    program_id                  bigint       not null references program (id),
    court_id                    bigint       not null references court (id),
    person_id                   bigint       not null references person (id),
    court_case_number           varchar(40)  not null check (length(trim(court_case_number)) > 0),
    tracking_number             varchar(40),
    arrest_date                 date         not null,
    arresting_agency            varchar(100) not null,
    referral_date               date         not null,
    deadline                    date         not null,
    next_court_date             date,
    referring_user_id           bigint       references app_user (id),
    status                      varchar(30)  not null check (status in ('REFERRED', 'ELIGIBLE', 'INELIGIBLE', 'ENROLLED',
                                    'COMPLETED', 'FAILED', 'RETURNED_TO_COURT', 'DISMISSED')),
    declared_prior_offense      boolean      not null default false,
    declared_prior_diversion    boolean      not null default false,
    declared_registered_offender boolean     not null default false,
    declared_pending_similar    boolean      not null default false,
    screening_result            varchar(20)  check (screening_result in ('ELIGIBLE', 'INELIGIBLE')),
    -- Every eligibility rule's finding at screening, met or not, as a JSON array of
    -- {"rule": "ADULT", "met": true, "why": "met", "values": ["47", "18"]} (one column, written once per
    -- referral; pages render each as a sentence of the message bundle, finding.<rule>.<why>).
    screening_findings          text         not null default '[]'
                                    check (jsonb_typeof(screening_findings::jsonb) = 'array'),
    screened_at                 timestamptz,
    override_result             varchar(20)  check (override_result in ('ELIGIBLE', 'INELIGIBLE')),
    override_justification      varchar(4000),
    overridden_by               varchar(100),
    overridden_at               timestamptz,
    version                     integer      not null default 0,
    created_at                  timestamptz  not null,
    modified_at                 timestamptz  not null,
    unique (court_id, court_case_number),
    check (referral_date >= arrest_date),
    check (deadline >= referral_date),
    check (override_result is null or length(trim(override_justification)) > 0)
);
create sequence referral_seq start with 1 increment by 50;
create index referral_court_status_idx on referral (court_id, status, referral_date desc);
create index referral_program_date_idx on referral (program_id, referral_date desc);
create index referral_program_status_idx on referral (program_id, status, referral_date desc);
create index referral_person_idx on referral (person_id);

create table charge (
    id            bigint primary key,
    referral_id   bigint       not null references referral (id),
    sequence_no   integer      not null check (sequence_no > 0),
    statute_code  varchar(40)  not null check (length(trim(statute_code)) > 0),
    description   varchar(300) not null,
    unique (referral_id, sequence_no)
);
create sequence charge_seq start with 1 increment by 50;

create table eligibility_policy_aud (
    id                            bigint not null,
    rev                           bigint not null references audit_revision (id),
    revtype                       smallint,
    program_id                    bigint,
    minimum_age                   integer,
    buyer_statutes                varchar(2000),
    trafficking_statutes          varchar(2000),
    require_first_offense         boolean,
    require_no_prior_diversion    boolean,
    exclude_registered_offenders  boolean,
    exclude_pending_similar       boolean,
    created_at                    timestamptz,
    modified_at                   timestamptz,
    primary key (id, rev)
);

create table person_aud (
    id                 bigint not null,
    rev                bigint not null references audit_revision (id),
    revtype            smallint,
    program_id         bigint,
    pseudonym          uuid,
    first_name         varchar(100),
    middle_name        varchar(100),
    last_name          varchar(100),
    date_of_birth      date,
    sex                varchar(1),
    state_id           varchar(30),
    fbi_number         varchar(30),
    address            varchar(300),
    phone              varchar(40),
    email              varchar(200),
    preferred_language varchar(8),
    created_at         timestamptz,
    modified_at        timestamptz,
    primary key (id, rev)
);

create table person_alias_aud (
    id          bigint not null,
    rev         bigint not null references audit_revision (id),
    revtype     smallint,
    person_id   bigint,
    first_name  varchar(100),
    last_name   varchar(100),
    primary key (id, rev)
);

create table referral_aud (
    id                          bigint not null,
    rev                         bigint not null references audit_revision (id),
    revtype                     smallint,
    program_id                  bigint,
    court_id                    bigint,
    person_id                   bigint,
    court_case_number           varchar(40),
    tracking_number             varchar(40),
    arrest_date                 date,
    arresting_agency            varchar(100),
    referral_date               date,
    deadline                    date,
    next_court_date             date,
    referring_user_id           bigint,
    status                      varchar(30),
    declared_prior_offense      boolean,
    declared_prior_diversion    boolean,
    declared_registered_offender boolean,
    declared_pending_similar    boolean,
    screening_result            varchar(20),
    screening_findings          text,
    screened_at                 timestamptz,
    override_result             varchar(20),
    override_justification      varchar(4000),
    overridden_by               varchar(100),
    overridden_at               timestamptz,
    created_at                  timestamptz,
    modified_at                 timestamptz,
    primary key (id, rev)
);

create table charge_aud (
    id            bigint not null,
    rev           bigint not null references audit_revision (id),
    revtype       smallint,
    referral_id   bigint,
    sequence_no   integer,
    statute_code  varchar(40),
    description   varchar(300),
    primary key (id, rev)
);

