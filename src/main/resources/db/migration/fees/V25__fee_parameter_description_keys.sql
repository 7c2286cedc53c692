-- The rows the migrations added were described in English, and the pages showed that text in Finnish and
-- Swedish too. Those rows now name a message key (i18n/fees) that the pages show in the reader's language; their
-- English text stays in "description" as a note for whoever reads the table. Rows an administrator adds keep
-- only the description they wrote (description_key null).
alter table fee_parameter add column description_key text check (description_key ~ '^[a-z][a-zA-Z0-9_.-]{0,150}$');

update fee_parameter set description_key = 'fees.parameters.about.' || key
where (key, description) in (
    ('KM_ALLOWANCE_PER_KM',
     'Example: tax-free kilometre allowance per km for 2025 (check the Tax Administration decision)'),
    ('KM_ALLOWANCE_PER_KM',
     'Example: tax-free kilometre allowance per km for 2026 (check the Tax Administration decision)'),
    ('VOLUNTEER_KM_ALLOWANCE_CAP_PER_YEAR',
     'Example: a volunteer''s tax-free kilometre allowances from one public-benefit organisation, at most per year'),
    ('VOLUNTEER_DAILY_ALLOWANCE_DAYS_PER_YEAR',
     'Example: days a year a volunteer may receive tax-free daily allowances'),
    ('DAILY_ALLOWANCE_FULL',
     'Example: tax-free full daily allowance for 2025 (check the Tax Administration decision)'),
    ('DAILY_ALLOWANCE_PARTIAL',
     'Example: tax-free partial daily allowance for 2025 (check the Tax Administration decision)'),
    ('DAILY_ALLOWANCE_FULL',
     'Example: tax-free full daily allowance for 2026 (check the Tax Administration decision)'),
    ('DAILY_ALLOWANCE_PARTIAL',
     'Example: tax-free partial daily allowance for 2026 (check the Tax Administration decision)'));
