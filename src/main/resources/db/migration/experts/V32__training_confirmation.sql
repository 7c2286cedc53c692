-- A training entry is the expert's own word until a coordinator of the pool confirms it: who and when. The
-- expert changing a confirmed entry makes it their own word again (the application clears both columns).
-- Entries from before are self-declared: nobody has confirmed them yet.
alter table expert_training
    add column confirmed_by uuid references user_account (id),
    add column confirmed_at timestamptz,
    add constraint expert_training_confirmed_check check ((confirmed_by is null) = (confirmed_at is null));
