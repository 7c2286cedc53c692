-- Organisations are tenants. A pool organisation (an NGO, a county) keeps a pool of experts;
-- client organisations (a school, a city unit) order from the pools that serve them.
create table organisation (
    id uuid primary key,
    name text not null check (length(name) between 2 and 200),
    kind text not null check (kind in ('NGO', 'WELLBEING_COUNTY', 'CITY', 'SCHOOL', 'OTHER')),
    municipality_code char(3) references municipality (code),
    runs_pool boolean not null default false,
    created_at timestamptz not null default now()
);
create unique index organisation_name_key on organisation (lower(name));

create table organisation_unit (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    name text not null check (length(name) between 2 and 200),
    municipality_code char(3) references municipality (code),
    unique (organisation_id, name)
);

-- Which pool serves which client organisation. A pool always serves its own organisation.
create table pool_client (
    pool_organisation_id uuid not null references organisation (id),
    client_organisation_id uuid not null references organisation (id),
    primary key (pool_organisation_id, client_organisation_id)
);

create table user_account (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    unit_id uuid references organisation_unit (id),
    email text not null check (length(email) between 3 and 254),
    display_name text not null check (length(display_name) between 1 and 100),
    role text not null check (role in ('ADMIN', 'COORDINATOR', 'EXPERT', 'REQUESTER')),
    password_hash text,
    privacy_notice_accepted_at timestamptz,
    enabled boolean not null default true,
    created_at timestamptz not null default now()
);
create unique index user_account_email_key on user_account (lower(email));
create index user_account_organisation_idx on user_account (organisation_id, role);

-- A one-time link for setting a password. Only a SHA-256 hash of the token is stored.
create table invitation (
    id uuid primary key,
    user_id uuid not null references user_account (id),
    token_hash bytea not null unique,
    invited_by uuid references user_account (id),
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at timestamptz,
    check (expires_at > created_at)
);
create index invitation_user_idx on invitation (user_id);
