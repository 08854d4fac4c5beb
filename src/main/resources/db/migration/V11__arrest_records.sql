-- Re-arrest and criminal-history records imported for the recidivism follow-up. A record is known by the
-- source's id: importing it again updates it (never a duplicate). Each import is kept (who, when, counts),
-- and every record names the import that last wrote it.

create table arrest_import (
    id          bigint primary key,
    program_id  bigint       not null references program (id),
    imported_by varchar(100) not null,
    imported_at timestamptz  not null,
    row_count   integer      not null default 0,
    inserted    integer      not null default 0,
    updated     integer      not null default 0
);
create sequence arrest_import_seq start with 1 increment by 1;

create table arrest_record (
    id               bigint primary key,
    program_id       bigint       not null references program (id),
    source_record_id varchar(60)  not null check (length(trim(source_record_id)) > 0),
    first_name       varchar(100) not null,
    last_name        varchar(100) not null,
    date_of_birth    date         not null,
    sex              varchar(1)   not null check (sex in ('M', 'F', 'X', 'U')),
    state_id         varchar(30),
    fbi_number       varchar(30),
    arrest_date      date         not null,
    agency           varchar(100) not null,
    statute          varchar(40)  not null,
    description      varchar(300),
    offense_category varchar(20)  not null check (offense_category in ('SEX_BUYING', 'OTHER_SEX_OFFENSE', 'VIOLENT', 'OTHER')),
    import_id        bigint       not null references arrest_import (id),
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    unique (program_id, source_record_id)
);
create sequence arrest_record_seq start with 1 increment by 1;
-- Linkage looks records up by identifier first, then by blocks of last name and birth date.
create index arrest_record_state_id_idx on arrest_record (program_id, state_id) where state_id is not null;
create index arrest_record_fbi_idx on arrest_record (program_id, fbi_number) where fbi_number is not null;
create index arrest_record_block_idx on arrest_record (program_id, lower(last_name), date_of_birth);
