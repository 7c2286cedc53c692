package fi.valita.fees;

import fi.valita.assignments.AssignmentStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The expenses of one assignment as its expert or the pool's coordinator sees them.
 *
 * @param open expenses can be added: the work is reported or approved
 * @param firstAllowanceDay the earliest day a daily allowance can be for (the day before the work)
 * @param lastAllowanceDay the latest (the day after the work, never after today)
 * @param caps the volunteer's yearly caps with the pool, with one more day of allowance considered; empty
 *     when they do not apply (not volunteer work of a public-benefit organisation)
 * @param pay what the engagement form the work was done under lets the pool pay back
 */
public record ExpensesOfWork(UUID assignmentId, String title, String expertName, AssignmentStatus status,
        boolean open, boolean volunteerWork, List<ExpenseLine> lines, LocalDate firstAllowanceDay,
        LocalDate lastAllowanceDay, List<CapUse> caps, EngagementPay pay) {

    /** Whether a daily allowance can be for the day: from the day before the work to the day after it. */
    public boolean allowanceDay(LocalDate day) {
        return allowanceDay(day, firstAllowanceDay, lastAllowanceDay);
    }

    static boolean allowanceDay(LocalDate day, LocalDate first, LocalDate last) {
        return !day.isBefore(first) && !day.isAfter(last);
    }
}
