package fi.valita.fees;

import fi.valita.experts.EngagementForm;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the pool may pay for work done under one engagement form: the rules of pay in one place, used when the
 * work is approved, when expenses are added and on the pages that explain them.
 * <ul>
 * <li>an assignment for a fee: the fee, and expenses;
 * <li>an employment: the hours to payroll as wages, and expenses;
 * <li>volunteer work: tax-free expenses only, within the volunteers' yearly caps;
 * <li>rehabilitative work activity: no fee; the day is recorded, travel is paid at the cheapest means
 * (tickets, not kilometres by car);
 * <li>27 e § work activity: no fee; a work-share payment for each day, travel at the cheapest means;
 * <li>a work trial: nothing, the employment services pay.
 * </ul>
 *
 * @param earnings the fee or wages kind of line, or null when the form pays no earnings
 * @param kmAllowance kilometres travelled by car are paid at the day's rate
 * @param receipts the kinds of receipt paid back at cost
 * @param dailyAllowance a day's allowance for a long trip may be paid
 * @param workShare a work-share payment is made for each day of work
 * @param attendance the day's hours are recorded as a day of work activity
 * @param volunteerCaps the lines count towards the volunteers' yearly tax-free caps
 */
public record EngagementPay(EngagementForm form, @Nullable FeeLineKind earnings, boolean kmAllowance, Set<ExpenseType> receipts,
        boolean dailyAllowance, boolean workShare, boolean attendance, boolean volunteerCaps) {

    public static EngagementPay of(EngagementForm form) {
        Set<ExpenseType> allReceipts = EnumSet.copyOf(ExpenseType.RECEIPTS);
        Set<ExpenseType> tickets = EnumSet.of(ExpenseType.TICKET);
        return switch (form) {
            case FEE_BASED_ASSIGNMENT -> new EngagementPay(form, FeeLineKind.FEE, true, allReceipts, true, false, false, false);
            case EMPLOYMENT -> new EngagementPay(form, FeeLineKind.WAGES, true, allReceipts, true, false, false, false);
            case VOLUNTEER -> new EngagementPay(form, null, true, allReceipts, true, false, false, true);
            case REHABILITATIVE_WORK_ACTIVITY -> new EngagementPay(form, null, false, tickets, false, false, true, false);
            case SOCIAL_WELFARE_WORK_ACTIVITY -> new EngagementPay(form, null, false, tickets, false, true, true, false);
            case WORK_TRIAL -> new EngagementPay(form, null, false, Set.of(), false, false, false, false);
        };
    }

    /** Tickets reported with the work are paid back at cost (all but a work trial). */
    public boolean tickets() {
        return !receipts.isEmpty();
    }

    /** Any expense at all may be added by hand after the work. */
    public boolean expenses() {
        return !receipts.isEmpty() || dailyAllowance;
    }
}
