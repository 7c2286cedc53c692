-- A payroll permission takes effect once another admin of the organisation confirms it; in an organisation with
-- one admin it takes effect at once and the platform operator is told. Earlier grants stay in effect.
alter table payroll_permission add column confirmed_by uuid references user_account (id);
alter table payroll_permission add column confirmed_at timestamptz;
update payroll_permission set confirmed_by = granted_by, confirmed_at = granted_at;
alter table payroll_permission add check ((confirmed_by is null) = (confirmed_at is null));

-- Every grant, confirmation and revocation of the payroll permission: whose, by whom, when. Never changed or
-- deleted by the application.
create table payroll_permission_event (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    user_id         uuid not null references user_account (id),
    action          text not null check (action in ('REQUESTED', 'CONFIRMED', 'GRANTED_ALONE', 'REVOKED')),
    done_by         uuid not null references user_account (id),
    done_at         timestamptz not null
);
create index payroll_permission_event_by_organisation on payroll_permission_event (organisation_id, done_at desc);
