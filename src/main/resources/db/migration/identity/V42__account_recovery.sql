-- One-time links for choosing a new password when the old one is forgotten. Only a SHA-256 hash of
-- each token is kept; a link works once, for a short while.
create table password_reset_token (
    token_hash bytea primary key,
    user_id uuid not null references user_account (id),
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at timestamptz,
    check (expires_at > created_at)
);
create index password_reset_token_user_idx on password_reset_token (user_id);

-- Every request for a reset link, whether or not the address has an account: counted to slow down
-- repeated requests per address and per client address. Kept for a day.
create table password_reset_request (
    id bigint generated always as identity primary key,
    email_key text not null,
    client text not null,
    requested_at timestamptz not null
);
create index password_reset_request_email_idx on password_reset_request (email_key, requested_at);
create index password_reset_request_client_idx on password_reset_request (client, requested_at);

-- A new sign-in address waiting to be confirmed by a link sent to it. Only a hash of the token is kept.
create table email_change (
    token_hash bytea primary key,
    user_id uuid not null references user_account (id),
    new_email text not null check (length(new_email) between 3 and 254),
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at timestamptz,
    check (expires_at > created_at)
);
create index email_change_user_idx on email_change (user_id);
