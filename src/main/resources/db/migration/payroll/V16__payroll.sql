-- An expert's payment details. The identity code and the IBAN are encrypted by the application
-- (AES-256-GCM, a random IV per value, the expert and the column bound in as associated data):
-- each *_cipher column holds IV || ciphertext || tag, and *_key the id of the key that made it.
create table payment_details (
    expert_id           uuid primary key references user_account (id),
    organisation_id     uuid not null references organisation (id),
    payee_name          text check (length(payee_name) between 1 and 200),
    identity_code_cipher bytea,
    identity_code_key   text,
    iban_cipher         bytea,
    iban_key            text,
    updated_at          timestamptz not null,
    check ((identity_code_cipher is null) = (identity_code_key is null)),
    check ((iban_cipher is null) = (iban_key is null))
);

-- Who may see identity codes and make payroll exports: coordinators and admins an admin of the same
-- organisation named. A revoked permission stays as history.
create table payroll_permission (
    id              uuid primary key,
    user_id         uuid not null references user_account (id),
    organisation_id uuid not null references organisation (id),
    granted_by      uuid not null references user_account (id),
    granted_at      timestamptz not null,
    revoked_by      uuid references user_account (id),
    revoked_at      timestamptz,
    check ((revoked_by is null) = (revoked_at is null))
);
create unique index payroll_permission_active on payroll_permission (user_id) where revoked_at is null;

-- Every time an identity code was shown, put into a file or changed: who, whose, in which
-- organisation, why and when. Never deleted by the application.
create table identity_code_access (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    accessed_by     uuid not null references user_account (id),
    expert_id       uuid not null references user_account (id),
    purpose         text not null check (purpose in ('VIEW', 'EXPORT', 'API_EXPORT', 'CHANGE')),
    payroll_export_id uuid,
    accessed_at     timestamptz not null
);
create index identity_code_access_org on identity_code_access (organisation_id, accessed_at desc);
create index identity_code_access_expert on identity_code_access (expert_id, accessed_at desc);

-- A payroll batch: the approved fee lines of one pool and work period, to be paid on one day. The line
-- count and total are kept as made: an exported line can no longer be corrected.
create table payroll_export (
    id                   uuid primary key,
    pool_organisation_id uuid not null references organisation (id),
    period_from          date not null,
    period_to            date not null,
    payment_date         date not null,
    made_by              uuid not null references user_account (id),
    made_at              timestamptz not null,
    line_count           int not null check (line_count > 0),
    total_cents          bigint not null check (total_cents >= 0),
    paid_on              date,
    marked_paid_by       uuid references user_account (id),
    marked_paid_at       timestamptz,
    check (period_to >= period_from),
    check ((paid_on is null) = (marked_paid_at is null))
);
create index payroll_export_pool on payroll_export (pool_organisation_id, made_at desc);

-- Which fee lines a batch took: a line goes into one batch only, ever.
create table payroll_export_line (
    payroll_export_id uuid not null references payroll_export (id),
    fee_line_id       uuid not null unique references fee_line (id),
    primary key (payroll_export_id, fee_line_id)
);

-- Which Incomes Register (tulorekisteri) income type each kind of fee line is reported as, by the
-- payment date. Kinds are plain text on purpose: a new kind of line needs only a new row here.
-- treatment WAGE: wage income, tax withheld by the payer by the expert's tax card;
-- TAX_FREE_REIMBURSEMENT: a reimbursement of costs, paid without withholding.
create table payroll_income_type (
    id          uuid primary key,
    line_kind   text not null,
    code        text not null,
    name_fi     text not null,
    name_sv     text not null,
    name_en     text not null,
    treatment   text not null check (treatment in ('WAGE', 'TAX_FREE_REIMBURSEMENT')),
    verified    boolean not null default false,
    valid_from  date not null,
    valid_to    date,
    note        text not null,
    check (valid_to is null or valid_to >= valid_from),
    exclude using gist (line_kind with =, daterange(valid_from, coalesce(valid_to, 'infinity'), '[]') with &&)
);

-- EXAMPLE ROWS, NOT CHECKED FACTS: every code below must be checked against the Incomes Register's
-- current code list of income types (tulolajit) before anything is reported with it; then set
-- verified = true. The pages and the files mark unverified codes as examples. For a change from a
-- date on, end the old row (valid_to) and add a new one; do not edit a row already paid with.
insert into payroll_income_type (id, line_kind, code, name_fi, name_sv, name_en, treatment, valid_from, note) values
    (gen_random_uuid(), 'FEE', '201', 'Aikapalkka', 'Tidlön', 'Time-rate pay', 'WAGE', '2025-01-01',
     'EXAMPLE: check against the Incomes Register code list; a lecture or a meeting fee may have its own income type'),
    (gen_random_uuid(), 'KM_ALLOWANCE', '311', 'Kilometrikorvaus (veroton)', 'Kilometerersättning (skattefri)',
     'Kilometre allowance (tax-exempt)', 'TAX_FREE_REIMBURSEMENT', '2025-01-01',
     'EXAMPLE: check against the Incomes Register code list'),
    (gen_random_uuid(), 'DAILY_ALLOWANCE', '316', 'Päiväraha (veroton)', 'Dagtraktamente (skattefritt)',
     'Daily allowance (tax-exempt)', 'TAX_FREE_REIMBURSEMENT', '2025-01-01',
     'EXAMPLE: check against the Incomes Register code list'),
    (gen_random_uuid(), 'TICKETS', '351', 'Matkakustannusten korvaus', 'Ersättning för resekostnader',
     'Reimbursement of travel costs', 'TAX_FREE_REIMBURSEMENT', '2025-01-01',
     'EXAMPLE: check against the Incomes Register code list; costs paid back at cost against receipts'),
    (gen_random_uuid(), 'RECEIPT', '351', 'Kulukorvaus', 'Kostnadsersättning',
     'Reimbursement of expenses', 'TAX_FREE_REIMBURSEMENT', '2025-01-01',
     'EXAMPLE: check against the Incomes Register code list; costs paid back at cost against receipts');
