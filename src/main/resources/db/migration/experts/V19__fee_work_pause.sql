-- The expert's own wish to be offered only volunteer work for a while, e.g. to keep a pension or a benefit.
-- Matching never proposes fee-based work on a day within the pause, and brokering refuses to offer it.
-- No reason is stored: why the expert asked is theirs to tell (see benefit_watch), the pause itself is not.
alter table expert
    add column fee_work_paused boolean not null default false,
    add column fee_work_paused_until date;
