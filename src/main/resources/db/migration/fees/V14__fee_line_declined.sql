-- The expert may say no to the fee of a piece of work; expenses are still paid back. A declined line
-- stays, with its total, so that it is clear what was not paid and why.
alter table fee_line drop constraint fee_line_status_check;
alter table fee_line add constraint fee_line_status_check
    check (status in ('DRAFT', 'APPROVED', 'EXPORTED', 'PAID', 'DECLINED'));
alter table fee_line add column declined_at timestamptz;
