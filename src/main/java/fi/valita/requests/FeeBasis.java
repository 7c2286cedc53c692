package fi.valita.requests;

import fi.valita.experts.EngagementForm;
import java.util.Collection;
import java.util.List;

/**
 * How the requester expects the work to be paid, and so under which engagement forms it can be done.
 * Paid work (the pool's rate or an agreed sum) is done for a fee or wages, or as work activity or a work
 * trial, which by law pay no fee; volunteer work (no fee, expenses only) as volunteer work, work activity or
 * a work trial. Volunteer work is never done under an employment or for a fee, and paid work never as
 * volunteer work: a volunteer's work is not sold.
 */
public enum FeeBasis {
    /** The pool organisation's own rate card. */
    ORGANISATION_RATE,
    /** Volunteer work: expenses only. */
    VOLUNTEER,
    /** A sum agreed for this request. */
    AGREED_SUM;

    private static final List<EngagementForm> PAID_WORK = List.of(EngagementForm.FEE_BASED_ASSIGNMENT,
            EngagementForm.EMPLOYMENT, EngagementForm.SOCIAL_WELFARE_WORK_ACTIVITY,
            EngagementForm.REHABILITATIVE_WORK_ACTIVITY, EngagementForm.WORK_TRIAL);
    private static final List<EngagementForm> UNPAID_WORK = List.of(EngagementForm.VOLUNTEER,
            EngagementForm.SOCIAL_WELFARE_WORK_ACTIVITY, EngagementForm.REHABILITATIVE_WORK_ACTIVITY,
            EngagementForm.WORK_TRIAL);

    /** The requester pays for the work (a rate or an agreed sum). */
    public boolean isPaid() {
        return this != VOLUNTEER;
    }

    /** The engagement forms work of this basis can be done under, the usual choice first. */
    public List<EngagementForm> fittingForms() {
        return isPaid() ? PAID_WORK : UNPAID_WORK;
    }

    public boolean fits(EngagementForm form) {
        return fittingForms().contains(form);
    }

    /** Those of an expert's forms that fit, the usual choice first; empty when none does. */
    public List<EngagementForm> fittingAmong(Collection<EngagementForm> forms) {
        return fittingForms().stream().filter(forms::contains).toList();
    }
}
