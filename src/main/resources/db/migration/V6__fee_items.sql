-- Separate fee items beside the base fee (e.g. an STI test fee). An item is either charged with the program
-- fee at first enrollment, or charged by a coordinator when it applies. Items are retired, never deleted,
-- because ledger entries point at them.

create table fee_item (
    id                   bigint primary key,
    program_id           bigint        not null references program (id),
    name                 varchar(100)  not null check (length(trim(name)) > 0),
    amount               numeric(10,2) not null check (amount > 0),
    charged_at_enrollment boolean      not null,
    retired              boolean       not null default false,
    version              integer       not null default 0,
    created_at           timestamptz   not null,
    modified_at          timestamptz   not null
);
create sequence fee_item_seq start with 1 increment by 50;
create unique index fee_item_name_idx on fee_item (program_id, lower(name));

create table fee_item_aud (
    id                    bigint not null,
    rev                   bigint not null references audit_revision (id),
    revtype               smallint,
    program_id            bigint,
    name                  varchar(100),
    amount                numeric(10,2),
    charged_at_enrollment boolean,
    retired               boolean,
    created_at            timestamptz,
    modified_at           timestamptz,
    primary key (id, rev)
);

-- A charge of a separate item names it (the program fee's charge names none).
alter table account_entry add column fee_item_id bigint references fee_item (id);
alter table account_entry add constraint account_entry_item_is_charge check (fee_item_id is null or entry_type = 'CHARGE');
