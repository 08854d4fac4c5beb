-- Name search on the case lists ("starts with", lower case) within a program: the program's persons whose last or
-- first name starts with what was typed, found by index (docs/benchmarks.md, "Role journeys": without these, a search
-- in a program of 20,000 cases read all 1,000,000 persons, 550 ms).
create index person_program_last_name_idx on person (program_id, lower(last_name) text_pattern_ops);
create index person_program_first_name_idx on person (program_id, lower(first_name) text_pattern_ops);
