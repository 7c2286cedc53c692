-- How much each part of the fit counts when a pool's experts are ranked for a request. A pool without a
-- row uses the defaults of MatchingWeights.defaults().
create table matching_weights (
    organisation_id uuid primary key references organisation (id),
    area_fit int not null check (area_fit between 0 and 100),
    task_fit int not null check (task_fit between 0 and 100),
    distance int not null check (distance between 0 and 100),
    rotation int not null check (rotation between 0 and 100),
    continuity int not null check (continuity between 0 and 100),
    updated_by uuid not null references user_account (id),
    updated_at timestamptz not null
);
