-- The cohort report reads, for every case of a program, only these columns (CohortMembers.read). Held in one index
-- within the program, they are read in index order from a few pages instead of one scattered table row per case
-- (a program's cases lie among every other program's: 20,000 cases were 20,000 table pages). Issue 7.
create index referral_cohort_idx on referral (program_id)
  include (id, person_id, court_id, referral_date, exit_date, completed_on, failed_on, historical_outcome,
           screening_result, override_result, sealed_at);
