create extension if not exists btree_gist;

-- A request put to one expert, open until the reply deadline.
create table offer (
    id uuid primary key,
    request_id uuid not null references work_request (id),
    expert_id uuid not null references expert (id),
    pool_organisation_id uuid not null references organisation (id),
    offered_by uuid not null references user_account (id),
    respond_by timestamptz not null,
    status text not null check (status in ('OPEN', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'CLOSED')),
    decline_reason text check (length(decline_reason) <= 500),
    created_at timestamptz not null,
    answered_at timestamptz,
    unique (request_id, expert_id)
);
create index offer_expert_status_idx on offer (expert_id, status);
create index offer_request_idx on offer (request_id);

-- Agreed work for one expert. The exclusion constraint makes two overlapping active assignments of
-- the same expert impossible, whatever the code does.
create table assignment (
    id uuid primary key,
    request_id uuid not null references work_request (id),
    offer_id uuid not null unique references offer (id),
    expert_id uuid not null references expert (id),
    pool_organisation_id uuid not null references organisation (id),
    requester_organisation_id uuid not null references organisation (id),
    during tstzrange,
    status text not null check (status in ('CONFIRMED', 'CANCELLED', 'COMPLETED', 'APPROVED')),
    cancel_reason text check (length(cancel_reason) <= 500),
    cancelled_by uuid references user_account (id),
    created_at timestamptz not null,
    exclude using gist (expert_id with =, during with &&) where (status <> 'CANCELLED' and during is not null)
);
create index assignment_expert_idx on assignment (expert_id, created_at desc);
create index assignment_request_idx on assignment (request_id);
