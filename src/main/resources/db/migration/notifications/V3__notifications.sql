-- E-mails the application sent. In the embedded default they never leave the machine and
-- admins read them here; with SMTP configured this is the delivery log.
create table sent_mail (
    id uuid primary key,
    organisation_id uuid,
    recipient text not null,
    subject text not null,
    body text not null,
    delivery text not null check (delivery in ('CAPTURED', 'SMTP', 'FAILED')),
    sent_at timestamptz not null
);
create index sent_mail_organisation_idx on sent_mail (organisation_id, sent_at desc);

-- Spring Modulith's event publication registry (the outbox for events between modules).
create table if not exists event_publication (
    id uuid not null primary key,
    listener_id text not null,
    event_type text not null,
    serialized_event text not null,
    publication_date timestamptz not null,
    completion_date timestamptz,
    status text,
    completion_attempts int,
    last_resubmission_date timestamptz
);
create index if not exists event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index if not exists event_publication_by_completion_date_idx on event_publication (completion_date);
