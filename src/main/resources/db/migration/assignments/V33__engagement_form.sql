-- The engagement form the work is done under: chosen when the offer is made, from the expert's forms that fit
-- the request's fee basis, and kept by the assignment. It decides what may be paid (see EngagementForm).
-- Offers made before this column existed were treated as fee-based work or, for volunteer requests, as
-- volunteer work: that is what they get here.
alter table offer add column engagement_form text
    check (engagement_form in ('VOLUNTEER', 'FEE_BASED_ASSIGNMENT', 'SOCIAL_WELFARE_WORK_ACTIVITY',
                               'REHABILITATIVE_WORK_ACTIVITY', 'WORK_TRIAL', 'EMPLOYMENT'));
update offer o set engagement_form = case when r.fee_basis = 'VOLUNTEER' then 'VOLUNTEER' else 'FEE_BASED_ASSIGNMENT' end
from work_request r where r.id = o.request_id;
alter table offer alter column engagement_form set not null;

alter table assignment add column engagement_form text
    check (engagement_form in ('VOLUNTEER', 'FEE_BASED_ASSIGNMENT', 'SOCIAL_WELFARE_WORK_ACTIVITY',
                               'REHABILITATIVE_WORK_ACTIVITY', 'WORK_TRIAL', 'EMPLOYMENT'));
update assignment a set engagement_form = o.engagement_form from offer o where o.id = a.offer_id;
alter table assignment alter column engagement_form set not null;
