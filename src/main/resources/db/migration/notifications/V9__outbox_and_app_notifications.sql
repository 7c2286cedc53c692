-- E-mails waiting to be sent. A row is written in the same transaction as the change it tells
-- about, so a rolled-back change sends nothing; a worker delivers due rows and retries failures.
create table outbox_message (
    id uuid primary key,
    organisation_id uuid,
    recipient text not null,
    subject text not null,
    body text not null,
    attachment_name text,
    attachment_content_type text,
    attachment bytea,
    status text not null default 'PENDING'
        check (status in ('PENDING', 'SENT', 'CAPTURED', 'FAILED_PERMANENTLY')),
    attempts int not null default 0 check (attempts >= 0),
    next_attempt_at timestamptz not null,
    -- Only an exception class name: messages of mail exceptions may quote addresses.
    last_error text,
    created_at timestamptz not null,
    sent_at timestamptz,
    -- Set on e-mails scheduled for later (reminders), so that they can be cancelled.
    reference text check (length(reference) between 1 and 200),
    check ((attachment is null) = (attachment_name is null)
        and (attachment is null) = (attachment_content_type is null))
);
create index outbox_message_due_idx on outbox_message (next_attempt_at) where status = 'PENDING';
create index outbox_message_reference_idx on outbox_message (reference) where reference is not null;

-- Messages shown to one user inside Välitä. The text is a message key resolved when shown, so each
-- user reads it in the language they use at that moment. No foreign keys into identity's tables:
-- each module keeps to its own schema.
create table app_notification (
    id uuid primary key,
    user_id uuid not null,
    organisation_id uuid not null,
    kind text not null check (kind ~ '^[A-Z][A-Z0-9_]{0,59}$'),
    message_key text not null check (length(message_key) between 1 and 200),
    arguments text[] not null default '{}',
    link text check (link ~ '^/([^/\\]|$)'),
    created_at timestamptz not null,
    read_at timestamptz
);
create index app_notification_user_idx on app_notification (user_id, created_at desc);
create index app_notification_unread_idx on app_notification (user_id) where read_at is null;
