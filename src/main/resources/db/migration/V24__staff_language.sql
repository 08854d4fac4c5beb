-- The language a staff member chose for the pages, kept for the account across sign-out and sign-in (null: none
-- chosen yet, the browser's language is used).
alter table app_user add column language varchar(2) check (language in ('en', 'es'));
alter table app_user_aud add column language varchar(2);
