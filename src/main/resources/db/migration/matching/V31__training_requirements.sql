-- The task types for which a pool wants experts with a valid expert-by-experience training that its coordinators
-- have confirmed. Matching leaves out an expert without one, with the reason; the coordinator may still choose
-- them by hand. A pool without rows requires no training for anything.
create table matching_training_requirement (
    organisation_id uuid not null references organisation (id),
    task_type text not null,
    updated_by uuid not null references user_account (id),
    updated_at timestamptz not null,
    primary key (organisation_id, task_type)
);
