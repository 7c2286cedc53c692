-- The pool of experts by experience. Lived-experience data is special-category personal data:
-- it lives only in expert_experience and is read only by the expert and their pool's coordinators.
create table experience_area (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    code text not null check (code ~ '^[a-z0-9-]{2,40}$'),
    name_fi text not null check (length(name_fi) between 2 and 100),
    name_sv text not null check (length(name_sv) between 2 and 100),
    name_en text not null check (length(name_en) between 2 and 100),
    active boolean not null default true,
    sort_order int not null default 0,
    unique (organisation_id, code)
);

create table expert (
    id uuid primary key references user_account (id),
    organisation_id uuid not null references organisation (id),
    display_name text not null check (length(display_name) between 1 and 100),
    email text not null,
    phone text,
    home_municipality char(3) references municipality (code),
    languages text[] not null default '{}',
    works_remotely boolean not null default false,
    travel_km int check (travel_km between 0 and 1500),
    task_types text[] not null default '{}',
    engagement_forms text[] not null default '{}',
    introduction text check (length(introduction) <= 1000),
    visible_to_requesters boolean not null default true,
    show_municipality_to_requesters boolean not null default false,
    on_break boolean not null default false,
    break_until date,
    max_assignments_per_month int check (max_assignments_per_month between 1 and 100),
    max_hours_per_week int check (max_hours_per_week between 1 and 60),
    version int not null default 0,
    updated_at timestamptz not null default now()
);
create index expert_organisation_idx on expert (organisation_id);

create table expert_experience (
    expert_id uuid not null references expert (id) on delete cascade,
    area_id uuid not null references experience_area (id),
    relation text not null check (relation in ('OWN', 'CLOSE_RELATIVE')),
    usable_for_matching boolean not null default false,
    primary key (expert_id, area_id, relation)
);

create table expert_training (
    id uuid primary key,
    expert_id uuid not null references expert (id) on delete cascade,
    kind text not null check (kind in ('EXPERT_TRAINING', 'PEER_INSTRUCTOR', 'EXPERIENCE_EVALUATOR', 'FIRST_AID', 'HYGIENE_PASSPORT', 'OTHER')),
    name text not null check (length(name) between 2 and 200),
    provider text check (length(provider) <= 200),
    completed_on date not null,
    valid_until date,
    check (valid_until is null or valid_until >= completed_on)
);
create index expert_training_expert_idx on expert_training (expert_id);

-- Weekly pattern: when the expert is usually available (Monday = 1).
create table expert_availability (
    expert_id uuid not null references expert (id) on delete cascade,
    weekday smallint not null check (weekday between 1 and 7),
    starts_at time not null,
    ends_at time not null,
    check (ends_at > starts_at),
    primary key (expert_id, weekday, starts_at)
);

-- Who opened an expert's lived-experience data, and when (special-category data is audited).
create table expert_access_log (
    id bigint generated always as identity primary key,
    expert_id uuid not null references expert (id) on delete cascade,
    viewer_id uuid not null references user_account (id),
    action text not null check (action in ('VIEW', 'EDIT')),
    accessed_at timestamptz not null
);
create index expert_access_log_expert_idx on expert_access_log (expert_id, accessed_at desc);
