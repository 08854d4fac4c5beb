-- The case lists' search finds a part of a name or of a case number ("rsula", "24-01"), not only a beginning
-- (JpaReferrals.where). Trigram indexes let PostgreSQL find such a part without reading every person of the program.
-- pg_trgm ships with PostgreSQL and is a trusted extension (the database's owner may create it). Where the
-- application's user may not create it, the search still works, by reading the program's rows; the log says so.
do $$
begin
  begin
    create extension if not exists pg_trgm;
  exception when insufficient_privilege or undefined_file then
    raise warning 'pg_trgm could not be created (%): the case search reads every row of a program', sqlerrm;
  end;
  if exists (select 1 from pg_extension where extname = 'pg_trgm') then
    create index person_last_name_trgm_idx on person using gin (lower(last_name) gin_trgm_ops);
    create index person_first_name_trgm_idx on person using gin (lower(first_name) gin_trgm_ops);
    create index referral_case_number_trgm_idx on referral using gin (lower(court_case_number) gin_trgm_ops);
  end if;
end
$$;
