-- Sealing: a case dismissed after completion (or named in a sealing order) is sealed. Its person's identity is
-- hidden everywhere; case numbers, dates and outcomes stay for statistics, and the person keeps the pseudonym.
-- An admin may read a sealed identity only with a stated reason; every such reading is kept here.

alter table referral add column sealed_at timestamptz;
alter table referral add column sealing_basis varchar(1000);
alter table referral add column sealing_order_date date;
alter table referral add constraint referral_sealing_check check ((sealed_at is null) = (sealing_basis is null));
alter table referral_aud add column sealed_at timestamptz;
alter table referral_aud add column sealing_basis varchar(1000);
alter table referral_aud add column sealing_order_date date;

create table sealed_record_access (
    id          bigint primary key,
    program_id  bigint        not null references program (id),
    referral_id bigint        not null references referral (id),
    admin       varchar(100)  not null,
    reason      varchar(1000) not null check (length(trim(reason)) > 0),
    address     varchar(64),
    accessed_at timestamptz   not null
);
create sequence sealed_record_access_seq start with 1 increment by 50;
create index sealed_record_access_referral_idx on sealed_record_access (referral_id, accessed_at);

-- Append-only, like the ledger.
create function sealed_record_access_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'Readings of sealed records are never changed or deleted.';
end
$$;
create trigger sealed_record_access_append_only before update or delete on sealed_record_access
    for each row execute function sealed_record_access_is_append_only();
