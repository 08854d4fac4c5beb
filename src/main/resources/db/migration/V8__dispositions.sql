-- The court's final disposition of a case (recorded by the clerk): dismissed, convicted or other, with its
-- date and description. A dismissal after completion makes the case DISMISSED. Dispositions appear in the
-- court's status feed beside the status changes.

alter table referral add column disposition_category varchar(12) check (disposition_category in ('DISMISSED', 'CONVICTED', 'OTHER'));
alter table referral add column disposition_date date;
alter table referral add column disposition_description varchar(2000);
alter table referral add column disposition_recorded_by varchar(100);
alter table referral add constraint referral_disposition_check
    check ((disposition_category is null) = (disposition_date is null) and (disposition_category is null) = (disposition_recorded_by is null));
alter table referral_aud add column disposition_category varchar(12);
alter table referral_aud add column disposition_date date;
alter table referral_aud add column disposition_description varchar(2000);
alter table referral_aud add column disposition_recorded_by varchar(100);

alter table referral_status_change add column kind varchar(12) not null default 'STATUS' check (kind in ('STATUS', 'DISPOSITION'));
