-- Case lists on programs and courts with tens of thousands of cases (measured on the generated data of
-- bin/generate-data; docs/benchmarks.md, "Role journeys").
--
-- A program's cases newest first, and their count: the count Hibernate sends is count(id), which the old index
-- (program_id, referral_date) could not answer alone, so each count read the program's 20,000 rows from the table
-- (80–150 ms); with the id in the index it is an index-only scan (3 ms), and the id orders cases of one day.
drop index referral_program_date_idx;
create index referral_program_date_idx on referral (program_id, referral_date desc, id desc);

-- A court's cases newest first (the clerk's list, the courts' feed): a clerk's first page of a court with 10,000
-- cases took 40 ms (every case joined and sorted) and its count 20 ms; with this index 0.3 ms and 1.8 ms (index-only:
-- the program is included). The statistics tell the planner that a court belongs to one program, so that it expects
-- a court's thousands of cases rather than a few hundred and reads them in index order.
create index referral_court_date_idx on referral (court_id, referral_date desc, id desc) include (program_id);
create statistics referral_program_court (dependencies) on program_id, court_id from referral;
analyze referral;
