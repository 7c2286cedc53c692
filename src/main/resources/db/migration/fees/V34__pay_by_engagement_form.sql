-- Pay follows the engagement form the work was done under (see fi.valita.fees.EngagementPay): a fee for an
-- assignment, wages for an employment, a work-share payment a day for work activity under the Social Welfare
-- Act 27 e §, nothing but travel for rehabilitative work activity, nothing at all for a work trial.
alter table fee_line drop constraint fee_line_kind_check;
alter table fee_line add constraint fee_line_kind_check
    check (kind in ('FEE', 'KM_ALLOWANCE', 'TICKETS', 'RECEIPT', 'DAILY_ALLOWANCE', 'WAGES', 'WORK_SHARE'));

drop index fee_line_one_per_approval;
create unique index fee_line_one_per_approval on fee_line (assignment_id, kind)
    where kind in ('FEE', 'KM_ALLOWANCE', 'TICKETS', 'WAGES', 'WORK_SHARE');
-- One work-share payment for a person and a day, however many pieces of work they did that day.
create unique index fee_line_one_work_share_a_day on fee_line (expert_id, work_date)
    where kind = 'WORK_SHARE' and status <> 'DECLINED';

-- The form the work was done under, shown with every line in the export and on the earnings page. Lines made
-- before were fee-based or, when marked so, volunteer work.
alter table fee_line add column engagement_form text
    check (engagement_form in ('VOLUNTEER', 'FEE_BASED_ASSIGNMENT', 'SOCIAL_WELFARE_WORK_ACTIVITY',
                               'REHABILITATIVE_WORK_ACTIVITY', 'WORK_TRIAL', 'EMPLOYMENT'));
update fee_line set engagement_form = case when volunteer_work then 'VOLUNTEER' else 'FEE_BASED_ASSIGNMENT' end;
alter table fee_line alter column engagement_form set not null;

-- A day of work activity: the hours of one piece of work done under rehabilitative work activity or 27 e §
-- work activity, for the list the municipality is sent. A day counts when its hours come to 4–8; at most
-- 4 days a week count. Those rules are applied when the list is read, so a correction needs no migration.
create table attendance_day (
    assignment_id        uuid primary key references assignment (id),
    expert_id            uuid not null,
    pool_organisation_id uuid not null references organisation (id),
    engagement_form      text not null
        check (engagement_form in ('REHABILITATIVE_WORK_ACTIVITY', 'SOCIAL_WELFARE_WORK_ACTIVITY')),
    work_date            date not null,
    hours                numeric(5, 2) not null check (hours > 0),
    created_at           timestamptz not null
);
create index attendance_day_pool_month on attendance_day (pool_organisation_id, engagement_form, work_date);
create index attendance_day_expert on attendance_day (expert_id, work_date);

-- EXAMPLE VALUE, editable data: the work-share payment (työosuusraha) of work activity under the Social
-- Welfare Act 27 e § is decided by the municipality or wellbeing services county up to the maximum in the
-- law; check the figure and its tax treatment before paying with it.
insert into fee_parameter (id, key, value_cents, value_decimal, unit, valid_from, valid_to, description,
                           description_key) values
    (gen_random_uuid(), 'WORK_SHARE_PER_DAY', 1200, null, 'EUR_CENTS_PER_DAY', '2025-01-01', null,
     'Example: work-share payment per day of work activity under the Social Welfare Act 27 e § (check the maximum in the law and the county''s decision)',
     'fees.parameters.about.WORK_SHARE_PER_DAY');
