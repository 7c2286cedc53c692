-- An expert's "I have read and accept" of an assignment agreement: the template version and a SHA-256 of
-- the agreement's content as it was shown. A later change of the content (time, fee) gives another hash,
-- so the expert accepts again; earlier acceptances are kept. One acceptance per content, however many clicks.
create table agreement_acceptance (
    id               uuid primary key,
    assignment_id    uuid not null references assignment (id),
    expert_id        uuid not null,
    template_version text not null,
    content_sha256   text not null check (content_sha256 ~ '^[0-9a-f]{64}$'),
    accepted_at      timestamptz not null,
    unique (assignment_id, content_sha256)
);

create index agreement_acceptance_assignment on agreement_acceptance (assignment_id, accepted_at desc);
