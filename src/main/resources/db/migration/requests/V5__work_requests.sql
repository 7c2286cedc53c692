-- Orders of work from requesters to a pool. Never holds data about service users: the target group
-- is described in general terms ("students of social work", "clients of the day centre").
create table work_request (
    id uuid primary key,
    pool_organisation_id uuid not null references organisation (id),
    requester_organisation_id uuid not null references organisation (id),
    requester_unit_id uuid references organisation_unit (id),
    created_by uuid not null references user_account (id),
    title text not null check (length(title) between 3 and 200),
    description text check (length(description) <= 4000),
    task_type text not null,
    wanted_areas uuid[] not null default '{}',
    areas_rule text not null default 'ANY' check (areas_rule in ('ANY', 'ALL')),
    target_group text check (length(target_group) <= 200),
    audience_size int check (audience_size between 1 and 100000),
    language text not null,
    starts_at timestamptz,
    ends_at timestamptz,
    window_from date,
    window_to date,
    remote boolean not null,
    municipality_code char(3) references municipality (code),
    address text check (length(address) <= 300),
    remote_link text check (length(remote_link) <= 500),
    experts_needed int not null default 1 check (experts_needed between 1 and 20),
    fee_basis text not null check (fee_basis in ('ORGANISATION_RATE', 'VOLUNTEER', 'AGREED_SUM')),
    agreed_fee_cents bigint check (agreed_fee_cents > 0),
    contact_name text not null check (length(contact_name) between 2 and 100),
    contact_phone text check (length(contact_phone) <= 40),
    contact_email text check (length(contact_email) <= 254),
    notes text check (length(notes) <= 2000),
    status text not null check (status in ('NEW', 'MATCHING', 'OFFERED', 'FILLED', 'DONE', 'CANCELLED', 'UNFILLED')),
    cancel_reason text check (length(cancel_reason) <= 500),
    version int not null default 0,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    check ((starts_at is not null and ends_at is not null and ends_at > starts_at and window_from is null and window_to is null)
        or (starts_at is null and ends_at is null and window_from is not null and window_to is not null and window_to >= window_from)),
    check (remote or municipality_code is not null),
    check ((fee_basis = 'AGREED_SUM') = (agreed_fee_cents is not null))
);
create index work_request_pool_status_idx on work_request (pool_organisation_id, status, starts_at);
create index work_request_requester_idx on work_request (requester_organisation_id, created_at desc);
