-- Bearer tokens for the REST API. Only a SHA-256 hash of each token is kept: the token itself is
-- shown once, when it is made.
create table api_token (
    id uuid primary key,
    user_id uuid not null references user_account (id),
    token_hash bytea not null unique,
    label text not null check (length(label) between 1 and 100),
    created_at timestamptz not null,
    last_used_at timestamptz,
    expires_at timestamptz not null,
    revoked_at timestamptz
);
create index api_token_user_idx on api_token (user_id);
