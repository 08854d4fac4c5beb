-- The audit trail carries the six CJIS AU-3 fields on every AU-2 event and cannot be changed.
--   type: event_type   time: occurred_at   place: node (the server that recorded it)
--   source: source_address   outcome: outcome   identity: username (and the program it belongs to)
-- plus subject: what the event concerned (a case, an export, an account).

alter table security_event
    add column program_id bigint references program (id),
    add column node       varchar(100),
    add column subject    varchar(200);

update security_event e set program_id = u.program_id from app_user u where u.username = e.username;

create index security_event_program_idx on security_event (program_id, occurred_at);
create index security_event_type_idx on security_event (event_type, occurred_at);
create index audit_revision_user_idx on audit_revision (username, revision_time);

-- Which kinds of records each revision changed (Envers fills it: @ModifiedEntityNames).
create table audit_revision_entity (
    rev         bigint       not null references audit_revision (id),
    entity_name varchar(255) not null,
    primary key (rev, entity_name)
);

-- Append-only: no update and no delete, whoever asks (kept for at least a year, CJIS AU-11; this keeps them for good).
create function audit_trail_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'The audit trail (%) is append-only.', tg_table_name;
end
$$;
create trigger security_event_append_only before update or delete on security_event
    for each row execute function audit_trail_is_append_only();
create trigger audit_revision_append_only before update or delete on audit_revision
    for each row execute function audit_trail_is_append_only();
create trigger audit_revision_entity_append_only before update or delete on audit_revision_entity
    for each row execute function audit_trail_is_append_only();
