-- A second factor beside the password: a TOTP app (RFC 6238) and recovery codes. Passkeys are in V45.

-- A person's TOTP secret, stored once they have proved their app shows the right code. The last
-- time step used is kept so that one code cannot be used twice.
create table totp_secret (
    user_id        uuid primary key references user_account (id),
    secret         bytea not null check (length(secret) between 16 and 64),
    last_used_step bigint,
    confirmed_at   timestamptz not null
);

-- Recovery codes: shown once, stored as SHA-256 hashes of random codes, each used at most once.
create table recovery_code (
    id         uuid primary key,
    user_id    uuid not null references user_account (id),
    code_hash  bytea not null,
    created_at timestamptz not null,
    used_at    timestamptz,
    unique (user_id, code_hash)
);

-- Wrong second-factor codes in a row: after a few the person must wait before trying again.
create table second_factor_attempts (
    user_id      uuid primary key references user_account (id),
    failures     integer not null default 0 check (failures >= 0),
    locked_until timestamptz
);

-- Every change to a person's second factor: who did it (the person, or an admin resetting a lost
-- device), what and when. Never deleted by the application.
create table second_factor_event (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    user_id         uuid not null references user_account (id),
    actor_id        uuid not null references user_account (id),
    kind            text not null check (kind in ('TOTP_ADDED', 'TOTP_REMOVED', 'PASSKEY_ADDED', 'PASSKEY_REMOVED',
                                                  'RECOVERY_CODES_MADE', 'RECOVERY_CODE_USED', 'RESET_BY_ADMIN')),
    at              timestamptz not null
);
create index second_factor_event_organisation_idx on second_factor_event (organisation_id, at desc);
