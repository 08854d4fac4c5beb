-- The case lists' search matches the beginning of a case number as well as of a name (issue 7). Within the program
-- and in lower case, as the search asks, so the match is an index range rather than a test of every case of the
-- program (see JpaReferrals.where).
create index referral_program_case_number_idx on referral (program_id, lower(court_case_number) text_pattern_ops);
