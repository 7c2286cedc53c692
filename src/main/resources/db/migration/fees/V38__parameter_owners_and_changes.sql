-- National rows (organisation_id null) are the platform operator's; an organisation may add its own rows only
-- for the keys where the law lets it pay less than the national maximum (see fi.valita.fees.FeeParameterTable).
alter table fee_parameter add column organisation_id uuid references organisation (id);

do $$
declare
    old_constraint text;
begin
    select conname into old_constraint from pg_constraint
    where conrelid = 'fee_parameter'::regclass and contype = 'x';
    execute format('alter table fee_parameter drop constraint %I', old_constraint);
end $$;

alter table fee_parameter add constraint fee_parameter_no_overlap exclude using gist (
    key with =,
    (coalesce(organisation_id, '00000000-0000-0000-0000-000000000000'::uuid)) with =,
    daterange(valid_from, coalesce(valid_to, 'infinity'), '[]') with &&);

-- Every change of a row of a national or an organisation's table: who, when, the value before and after, and why.
-- Never changed or deleted by the application.
create table parameter_change (
    id              uuid primary key,
    table_name      text not null check (table_name in ('FEE_PARAMETER', 'BENEFIT_LIMIT')),
    row_id          uuid not null,
    key             text not null,
    organisation_id uuid references organisation (id),
    action          text not null check (action in ('ADDED', 'ENDED')),
    old_value       text,
    new_value       text not null,
    reason          text not null check (length(reason) between 1 and 500),
    changed_by      uuid not null references user_account (id),
    changed_at      timestamptz not null
);
create index parameter_change_by_time on parameter_change (changed_at desc);
