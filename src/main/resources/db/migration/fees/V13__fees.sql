create extension if not exists btree_gist;

-- Every euro figure, rate and cap of fee and expense rules lives here with its validity dates, never in code.
-- One key has at most one value on any day.
create table fee_parameter (
    id            uuid primary key,
    key           text not null,
    value_cents   bigint,
    value_decimal numeric(12, 4),
    unit          text not null,
    valid_from    date not null,
    valid_to      date,
    description   text not null,
    check (num_nonnulls(value_cents, value_decimal) = 1),
    check (valid_to is null or valid_to >= valid_from),
    exclude using gist (key with =, daterange(valid_from, coalesce(valid_to, 'infinity'), '[]') with &&)
);

-- EXAMPLE VALUES, editable data: check every figure against the Tax Administration's (Verohallinto)
-- decision on tax-free travel allowances each year, and against the current rules for volunteers of
-- public-benefit organisations, before paying with them. Add a new row for a new year; do not edit
-- a past year's row once fees have been paid with it.
insert into fee_parameter (id, key, value_cents, value_decimal, unit, valid_from, valid_to, description) values
    (gen_random_uuid(), 'KM_ALLOWANCE_PER_KM', 53, null, 'EUR_CENTS_PER_KM', '2025-01-01', '2025-12-31',
     'Example: tax-free kilometre allowance per km for 2025 (check the Tax Administration decision)'),
    (gen_random_uuid(), 'KM_ALLOWANCE_PER_KM', 55, null, 'EUR_CENTS_PER_KM', '2026-01-01', '2026-12-31',
     'Example: tax-free kilometre allowance per km for 2026 (check the Tax Administration decision)'),
    (gen_random_uuid(), 'VOLUNTEER_KM_ALLOWANCE_CAP_PER_YEAR', 300000, null, 'EUR_CENTS_PER_YEAR', '2025-01-01', null,
     'Example: a volunteer''s tax-free kilometre allowances from one public-benefit organisation, at most per year'),
    (gen_random_uuid(), 'VOLUNTEER_DAILY_ALLOWANCE_DAYS_PER_YEAR', null, 20, 'DAYS_PER_YEAR', '2025-01-01', null,
     'Example: days a year a volunteer may receive tax-free daily allowances');

-- A pool organisation's rate card; a row without a task type applies to any task type.
create table rate (
    id                   uuid primary key,
    organisation_id      uuid not null references organisation (id),
    kind                 text not null check (kind in ('PER_HOUR', 'PER_TASK', 'PER_MEETING')),
    task_type            text,
    amount_cents         bigint not null check (amount_cents >= 0),
    preparation_minutes  int not null default 0 check (preparation_minutes >= 0),
    minimum_minutes      int not null default 0 check (minimum_minutes >= 0),
    valid_from           date not null,
    valid_to             date,
    check (valid_to is null or valid_to >= valid_from),
    exclude using gist (organisation_id with =, (coalesce(task_type, '*')) with =,
        daterange(valid_from, coalesce(valid_to, 'infinity'), '[]') with &&)
);

create table fee_line (
    id                         uuid primary key,
    assignment_id              uuid not null references assignment (id),
    expert_id                  uuid not null,
    pool_organisation_id       uuid not null references organisation (id),
    requester_organisation_id  uuid not null references organisation (id),
    kind                       text not null check (kind in ('FEE', 'KM_ALLOWANCE', 'TICKETS')),
    quantity                   numeric(10, 2) not null,
    unit_cents                 bigint not null,
    total_cents                bigint not null check (total_cents >= 0),
    status                     text not null default 'DRAFT' check (status in ('DRAFT', 'APPROVED', 'EXPORTED', 'PAID')),
    work_date                  date not null,
    created_at                 timestamptz not null,
    approved_at                timestamptz,
    approved_by                uuid,
    version                    int not null default 0,
    unique (assignment_id, kind)
);

create index fee_line_pool_status on fee_line (pool_organisation_id, status, work_date);
create index fee_line_expert on fee_line (expert_id, work_date);

create table fee_line_change (
    id            uuid primary key,
    fee_line_id   uuid not null references fee_line (id),
    old_cents     bigint not null,
    new_cents     bigint not null,
    reason        text not null check (length(btrim(reason)) > 0),
    changed_by    uuid not null,
    changed_at    timestamptz not null
);

create index fee_line_change_line on fee_line_change (fee_line_id, changed_at);
