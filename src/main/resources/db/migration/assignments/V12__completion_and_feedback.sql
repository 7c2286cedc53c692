-- After the work: the expert's report of hours and travel, the confirmation, feedback from both
-- sides and reports of mistreatment. The coordinator's task list is derived (debriefs wanted and
-- not handled, reports not handled); it has no table of its own.
-- No check ties the figures to the status (other modules' tests write completed assignments without
-- figures); AfterWork sets status and figures together in one update.
alter table assignment
    add column reported_hours numeric(5, 2) check (reported_hours > 0),
    add column travel_km integer check (travel_km >= 0),
    -- Public-transport tickets and the like, in cents; null when there were none.
    add column travel_costs_cents bigint check (travel_costs_cents >= 0),
    add column debrief_wanted boolean not null default false,
    add column debrief_handled_at timestamptz,
    add column debrief_handled_by uuid references user_account (id),
    add column completed_at timestamptz,
    add column confirmed_at timestamptz,
    add column confirmed_by uuid references user_account (id);
create index assignment_debrief_idx on assignment (pool_organisation_id)
    where debrief_wanted and debrief_handled_at is null;
create index assignment_requester_expert_idx on assignment (requester_organisation_id, expert_id);

-- Short feedback after the work, once from each side. No data about service users.
create table feedback (
    assignment_id uuid not null references assignment (id),
    from_side text not null check (from_side in ('EXPERT', 'REQUESTER')),
    rating smallint not null check (rating between 1 and 5),
    comment text check (length(comment) <= 1000),
    given_by uuid not null references user_account (id),
    given_at timestamptz not null,
    primary key (assignment_id, from_side)
);

-- An expert tells the pool's coordinators they were treated badly. Only those coordinators read it.
create table mistreatment_report (
    id uuid primary key,
    assignment_id uuid not null references assignment (id),
    expert_id uuid not null references expert (id),
    text text not null check (length(text) between 1 and 2000),
    created_at timestamptz not null,
    handled_at timestamptz,
    handled_by uuid references user_account (id)
);
create index mistreatment_report_assignment_idx on mistreatment_report (assignment_id);
