-- Earnings limits of pensions and benefits that an expert may want to keep within. Dated, editable data:
-- a new period is a new row, and one code has at most one row on any day. The amount is null for
-- ANY_FEE ("any fee reduces my benefit") and for limits that are personal (the expert types their own
-- amount, e.g. from their pension decision). Names and descriptions are message keys of i18n/earnings.
create table benefit_limit (
    id              uuid primary key,
    code            text not null check (code ~ '^[A-Z][A-Z0-9_]{1,59}$'),
    kind            text not null check (kind in ('MONTHLY_EARNINGS', 'YEARLY_EARNINGS', 'ANY_FEE')),
    amount_cents    bigint check (amount_cents >= 0),
    valid_from      date not null,
    valid_to        date,
    name_key        text not null,
    description_key text not null,
    example         boolean not null default false,
    check (kind <> 'ANY_FEE' or amount_cents is null),
    check (valid_to is null or valid_to >= valid_from),
    exclude using gist (code with =, daterange(valid_from, coalesce(valid_to, 'infinity'), '[]') with &&)
);

-- EXAMPLE ROWS, marked example = true and shown as such: every figure must be checked with Kela or the
-- pension provider before anyone relies on it. The 2025 amount is an example of the scale of the
-- earnings limit of Kela's disability pension, not a confirmed figure; add the confirmed row for each year.
insert into benefit_limit (id, code, kind, amount_cents, valid_from, valid_to, name_key, description_key, example) values
    (gen_random_uuid(), 'KELA_DISABILITY_PENSION', 'MONTHLY_EARNINGS', 100155, '2025-01-01', '2025-12-31',
     'earnings.limit.KELA_DISABILITY_PENSION.name', 'earnings.limit.KELA_DISABILITY_PENSION.description', true),
    (gen_random_uuid(), 'KELA_DISABILITY_PENSION', 'MONTHLY_EARNINGS', 100155, '2026-01-01', '2026-12-31',
     'earnings.limit.KELA_DISABILITY_PENSION.name', 'earnings.limit.KELA_DISABILITY_PENSION.description', true),
    (gen_random_uuid(), 'UNEMPLOYMENT_BENEFIT', 'ANY_FEE', null, '2025-01-01', null,
     'earnings.limit.UNEMPLOYMENT_BENEFIT.name', 'earnings.limit.UNEMPLOYMENT_BENEFIT.description', true),
    (gen_random_uuid(), 'EARNINGS_RELATED_PENSION', 'MONTHLY_EARNINGS', null, '2025-01-01', null,
     'earnings.limit.EARNINGS_RELATED_PENSION.name', 'earnings.limit.EARNINGS_RELATED_PENSION.description', true),
    (gen_random_uuid(), 'OWN_YEARLY_LIMIT', 'YEARLY_EARNINGS', null, '2025-01-01', null,
     'earnings.limit.OWN_YEARLY_LIMIT.name', 'earnings.limit.OWN_YEARLY_LIMIT.description', true);

-- Which limit an expert watches, if any. Personal data about benefits: only the expert sees it, and
-- their pool's coordinators only while shared_with_coordinator is true. Never logged.
create table benefit_watch (
    expert_id               uuid primary key references expert (id) on delete cascade,
    limit_code              text,
    personal_amount_cents   bigint check (personal_amount_cents >= 0),
    shared_with_coordinator boolean not null default false,
    updated_at              timestamptz not null
);
