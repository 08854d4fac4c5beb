-- Ledger entries carry who, when and from where, like every other change (issue 22, item 6): the address the request
-- that wrote the entry came from; null for entries written by a scheduled job and for entries written before this column.
alter table account_entry add column source_address varchar(64);
