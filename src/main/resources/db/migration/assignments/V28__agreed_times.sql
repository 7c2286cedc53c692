-- Agreeing the time of work asked for within a window of days: the expert or the requester proposes a time within
-- the window, the other side confirms it (or a coordinator of the pool sets it), and the assignment's `during` is
-- set in the same transaction, where the exclusion constraint on assignment refuses a clash with the expert's other
-- work. At most one proposal of an assignment is open; answered ones stay as the history of how the time was
-- agreed. (The later one-row-per-booked-time table can take proposals over by pointing them at its rows.)
create table time_proposal (
    id uuid primary key,
    assignment_id uuid not null references assignment (id),
    during tstzrange not null check (not isempty(during) and not lower_inf(during) and not upper_inf(during)),
    side text not null check (side in ('EXPERT', 'REQUESTER', 'COORDINATOR')),
    proposed_by uuid not null references user_account (id),
    proposed_at timestamptz not null,
    outcome text check (outcome in ('AGREED', 'REPLACED')),
    answered_by uuid references user_account (id),
    answered_at timestamptz,
    check ((outcome is null) = (answered_at is null))
);
create unique index time_proposal_open_idx on time_proposal (assignment_id) where outcome is null;
create index time_proposal_assignment_idx on time_proposal (assignment_id, proposed_at desc);
