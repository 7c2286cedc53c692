-- Expenses beside the lines made at approval: receipts at cost (with an optional receipt file) and daily
-- allowances. An assignment has at most one FEE, KM_ALLOWANCE and TICKETS line (made when the work is
-- approved) but any number of receipts and daily allowances.
alter table fee_line drop constraint fee_line_kind_check;
alter table fee_line add constraint fee_line_kind_check
    check (kind in ('FEE', 'KM_ALLOWANCE', 'TICKETS', 'RECEIPT', 'DAILY_ALLOWANCE'));

alter table fee_line drop constraint fee_line_assignment_id_kind_key;
create unique index fee_line_one_per_approval on fee_line (assignment_id, kind)
    where kind in ('FEE', 'KM_ALLOWANCE', 'TICKETS');

alter table fee_line
    -- The request was volunteer work (fee basis VOLUNTEER): counts towards the volunteers' yearly tax-free caps.
    add column volunteer_work boolean not null default false,
    -- Why the line needs the coordinator, as a code (RATE_MISSING, PARAMETER_MISSING...), never free text.
    add column note text check (note ~ '^[A-Z_]{1,40}$'),
    -- What an expense was: a receipt's kind or the length of a day's allowance.
    add column expense_type text check (expense_type in ('TICKET', 'PARKING', 'OTHER', 'PARTIAL_DAY', 'FULL_DAY')),
    -- A few words about a receipt, e.g. "parking at the hospital"; never about clients.
    add column description text check (length(description) <= 100),
    -- Who added an expense by hand (the expert or a coordinator); null for lines made at approval.
    add column added_by uuid;

-- One daily allowance for a person and a day, whichever pool pays it.
create unique index fee_line_one_daily_allowance_a_day on fee_line (expert_id, work_date)
    where kind = 'DAILY_ALLOWANCE' and status <> 'DECLINED';

create index fee_line_volunteer_caps on fee_line (pool_organisation_id, expert_id, work_date)
    where volunteer_work;

-- The receipt's picture or PDF. The type is read from the file's first bytes, never from its name.
create table receipt_file (
    fee_line_id   uuid primary key references fee_line (id) on delete cascade,
    content_type  text not null check (content_type in ('application/pdf', 'image/jpeg', 'image/png')),
    size_bytes    int not null check (size_bytes between 1 and 5242880),
    bytes         bytea not null,
    uploaded_by   uuid not null,
    uploaded_at   timestamptz not null
);

-- EXAMPLE VALUES, editable data: check them against the Tax Administration's (Verohallinto) decision on
-- tax-free travel allowances of each year before paying with them. A partial day's allowance is for a trip
-- of more than 6 hours, a full day's for more than 10 hours.
insert into fee_parameter (id, key, value_cents, value_decimal, unit, valid_from, valid_to, description) values
    (gen_random_uuid(), 'DAILY_ALLOWANCE_FULL', 5300, null, 'EUR_CENTS_PER_DAY', '2025-01-01', '2025-12-31',
     'Example: tax-free full daily allowance for 2025 (check the Tax Administration decision)'),
    (gen_random_uuid(), 'DAILY_ALLOWANCE_PARTIAL', 2500, null, 'EUR_CENTS_PER_DAY', '2025-01-01', '2025-12-31',
     'Example: tax-free partial daily allowance for 2025 (check the Tax Administration decision)'),
    (gen_random_uuid(), 'DAILY_ALLOWANCE_FULL', 5400, null, 'EUR_CENTS_PER_DAY', '2026-01-01', '2026-12-31',
     'Example: tax-free full daily allowance for 2026 (check the Tax Administration decision)'),
    (gen_random_uuid(), 'DAILY_ALLOWANCE_PARTIAL', 2500, null, 'EUR_CENTS_PER_DAY', '2026-01-01', '2026-12-31',
     'Example: tax-free partial daily allowance for 2026 (check the Tax Administration decision)');
