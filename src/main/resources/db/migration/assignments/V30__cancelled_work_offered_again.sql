-- When an assignment was called off (who did it is in cancelled_by), so that matching can say since when the
-- expert is out of that request. Null for assignments cancelled before this was kept.
alter table assignment add column cancelled_at timestamptz;

-- An expert holds at most one standing offer of a request. An offer that closed unanswered (the work filled or
-- was called off), or one whose assignment was called off, no longer stands: when the request reopens, the
-- coordinator may offer the work to that expert again (matching proposes the first kind as usual and leaves the
-- second out with a reason, pickable by hand). Declined, expired, open and accepted offers still stand.
alter table offer add column assignment_cancelled boolean not null default false;
update offer set assignment_cancelled = true
where id in (select offer_id from assignment where status = 'CANCELLED');
alter table offer drop constraint offer_request_id_expert_id_key;
create unique index offer_standing_idx on offer (request_id, expert_id)
    where status <> 'CLOSED' and not assignment_cancelled;
