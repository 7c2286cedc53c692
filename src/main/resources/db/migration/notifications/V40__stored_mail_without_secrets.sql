-- Stored copies of e-mails never keep a working one-time link (issue 9 §1): the outbox keeps an e-mail's
-- secrets only until it has left, and the copies kept before this change lose their invitation links.
alter table outbox_message add column secrets text[] not null default '{}';

update sent_mail
set body = regexp_replace(body, 'https?://[^[:space:]]*/invitations/[^[:space:]]+', '[link removed]', 'g')
where body ~ '/invitations/';

update outbox_message
set body = regexp_replace(body, 'https?://[^[:space:]]*/invitations/[^[:space:]]+', '[link removed]', 'g')
where status <> 'PENDING' and body ~ '/invitations/';
