-- Failed sign-ins, per normalised account name ('account:…') and per client address ('address:…'), kept
-- here rather than in memory so that a restart or a second application node does not forget them
-- (docs/adr/0007-login-throttle-in-postgresql.md). A row counts the failures of one window that
-- started at window_started_at; locked_until is set when the count reaches the limit.
create table login_throttle (
    throttle_key text primary key,
    window_started_at timestamptz not null,
    failures integer not null check (failures >= 0),
    locked_until timestamptz
);
create index login_throttle_window_idx on login_throttle (window_started_at);
