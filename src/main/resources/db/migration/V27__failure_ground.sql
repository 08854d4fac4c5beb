-- Why a case failed (issue 21): after the court's deadline DEADLINE_MISSED; before it only an admin fails a case, on
-- a stated ground. Failures recorded in the program so far were all confirmed after the deadline; imported historical
-- cases do not say (null).
alter table referral add column failure_ground varchar(24)
    check (failure_ground in ('DEADLINE_MISSED', 'NEW_ARREST', 'REFUSED_TO_TAKE_PART', 'FOUND_INELIGIBLE'));
alter table referral_aud add column failure_ground varchar(24);
update referral set failure_ground = 'DEADLINE_MISSED' where failed_on is not null and historical_import_id is null;
