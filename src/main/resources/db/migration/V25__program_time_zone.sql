-- The program's time zone (an IANA name): "today", class times, deadlines and installment due dates are read in it,
-- not in the server's zone. The programs running so far are in California.
alter table program add column time_zone varchar(64) not null default 'America/Los_Angeles';
alter table program_aud add column time_zone varchar(64);
