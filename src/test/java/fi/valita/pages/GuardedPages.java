package fi.valita.pages;

import static fi.valita.pages.Viewer.ADMIN;
import static fi.valita.pages.Viewer.ANONYMOUS;
import static fi.valita.pages.Viewer.CLIENT;
import static fi.valita.pages.Viewer.COORDINATOR;
import static fi.valita.pages.Viewer.EXPERT;
import static fi.valita.pages.Viewer.OPERATOR;
import static fi.valita.pages.Viewer.REQUESTER;
import static fi.valita.pages.Viewer.VOLUNTEER;
import static java.util.Map.entry;

import java.util.List;
import java.util.Map;

/**
 * Every page of the application, as each role that uses it sees it, with the {@link PageFixture}'s data in
 * the states that only some data reaches. The page guards render each of these in Finnish, Swedish and
 * English; {@code EveryPageRendersTests} fails when a GET page of a web controller is neither here nor in
 * {@link #NOT_PAGES}, so a new page cannot be forgotten.
 *
 * <p>To add a page: one line below (a path with {@code {placeholders}} of the fixture's values, and who looks
 * at it); if it needs data the fixture does not have yet, a step in {@link PageFixture} that puts the value.
 */
public final class GuardedPages {

    private GuardedPages() {}

    /** A page, the people who look at it, and the status it answers them with (200 unless said). */
    public record GuardedPage(String path, List<Viewer> viewers, int status) {

        GuardedPage answers(int expected) {
            return new GuardedPage(path, viewers, expected);
        }

        /** A page that answers with a redirect: only its status is checked. */
        GuardedPage redirects() {
            return answers(302);
        }

        /** Whether the answer is a page to read (a page or an error page), not a redirect. */
        public boolean rendersHtml() {
            return status != 302;
        }
    }

    private static GuardedPage page(String path, Viewer... viewers) {
        return new GuardedPage(path, List.of(viewers), 200);
    }

    private static final String NO_SUCH_ID = "00000000-0000-0000-0000-000000000000";

    public static final List<GuardedPage> ALL = List.of(
            // Signing in, invitations, the organisation, the error pages
            page("/", ANONYMOUS, EXPERT, REQUESTER, COORDINATOR).redirects(),
            page("/login", ANONYMOUS),
            page("/privacy", ANONYMOUS, EXPERT),
            page("/invitations/{invitationToken}", ANONYMOUS),
            page("/invitations/no-such-invitation", ANONYMOUS).answers(410),
            page("/password-reset", ANONYMOUS),
            page("/password-reset/{resetToken}", ANONYMOUS),
            page("/password-reset/no-such-link", ANONYMOUS).answers(410),
            page("/email-change/{emailChangeToken}", ANONYMOUS),
            page("/email-change/no-such-link", ANONYMOUS).answers(410),
            page("/me/account", EXPERT, REQUESTER, CLIENT, COORDINATOR, ADMIN),
            page("/me/account", ANONYMOUS).redirects(),
            page("/coordinator/invitations/new", COORDINATOR, ADMIN),
            page("/admin/organisation", ADMIN),
            page("/admin/organisation", EXPERT).answers(403),
            page("/me/account/security", EXPERT, REQUESTER, COORDINATOR, ADMIN),
            page("/me/account/security/totp", EXPERT, COORDINATOR),
            page("/login/second-factor", EXPERT, COORDINATOR).redirects(),
            page("/admin/second-factors", ADMIN),
            page("/admin/second-factors", COORDINATOR).answers(403),
            page("/assignments/" + NO_SUCH_ID, EXPERT).answers(404),

            // Requests: ordering, following, the coordinator's inbox in every status
            page("/requests/new", REQUESTER, CLIENT, COORDINATOR),
            page("/requests", REQUESTER, CLIENT),
            page("/requests/{newRequest}", REQUESTER),
            page("/requests/{offeredRequest}", REQUESTER),
            page("/requests/{filledRequest}", REQUESTER),
            page("/requests/{cancelledRequest}", REQUESTER),
            page("/requests/{unfilledRequest}", REQUESTER),
            page("/requests/{windowRequest}", CLIENT),
            page("/coordinator/requests", COORDINATOR),
            page("/coordinator/requests/{newRequest}", COORDINATOR),
            page("/coordinator/requests/{windowRequest}", COORDINATOR),
            page("/coordinator/requests/{matchingRequest}", COORDINATOR),
            page("/coordinator/requests/{offeredRequest}", COORDINATOR),
            page("/coordinator/requests/{filledRequest}", COORDINATOR),
            page("/coordinator/requests/{cancelledRequest}", COORDINATOR),
            page("/coordinator/requests/{unfilledRequest}", COORDINATOR),
            page("/coordinator/requests/{matchingRequest}/unfilled", COORDINATOR),
            page("/coordinator/requests/{unfilledRequest}/unfilled", COORDINATOR).redirects(),
            page("/coordinator/requests/{newRequest}/candidates", COORDINATOR),
            page("/coordinator/requests/{matchingRequest}/candidates", COORDINATOR),
            page("/coordinator/requests/{offeredRequest}/offers", COORDINATOR),
            page("/coordinator/requests/{filledRequest}/offers", COORDINATOR),
            page("/coordinator/matching-settings", COORDINATOR),
            page("/coordinator/matching-settings/training", COORDINATOR),

            // Offers and assignments at every stage
            page("/offers", EXPERT, VOLUNTEER),
            page("/me", EXPERT, VOLUNTEER),
            page("/offers/{openOffer}", EXPERT),
            page("/offers/{openOffer}/decline", EXPERT),
            page("/offers/{openOffer}/agreement", EXPERT),
            page("/offers/{openOffer}/agreement", VOLUNTEER).answers(404),
            page("/offers/{acceptedOffer}/decline", EXPERT).redirects(),
            page("/offers/{acceptedOffer}", EXPERT),
            page("/offers/{expiredOffer}", EXPERT),
            page("/offers/{declinedOffer}", VOLUNTEER),
            page("/assignments", EXPERT, REQUESTER, CLIENT),
            page("/assignments/{upcomingAssignment}", EXPERT, REQUESTER, COORDINATOR),
            page("/assignments/{startedAssignment}", EXPERT),
            page("/assignments/{reportedAssignment}", EXPERT, REQUESTER, COORDINATOR),
            page("/assignments/{approvedAssignment}", EXPERT, CLIENT, COORDINATOR),
            page("/assignments/{paidAssignment}", EXPERT),
            page("/assignments/{declinedAssignment}", EXPERT),
            page("/assignments/{cancelledAssignment}", EXPERT, REQUESTER),
            page("/assignments/{volunteerAssignment}", VOLUNTEER),
            page("/assignments/{rehabAssignment}", EXPERT, COORDINATOR),
            page("/assignments/{workActivityAssignment}", EXPERT, REQUESTER),
            page("/assignments/{employmentAssignment}", EXPERT),
            page("/assignments/{approvedAssignment}/mistreatment", EXPERT),
            page("/coordinator/tasks", COORDINATOR),

            // Agreements, statements, invoices
            page("/assignments/{approvedAssignment}/agreement", EXPERT, COORDINATOR),
            page("/assignments/{upcomingAssignment}/agreement", EXPERT),
            page("/coordinator/agreements", COORDINATOR),
            page("/me/statements", EXPERT).redirects(),
            page("/me/statements/{year}", EXPERT),
            page("/experts/{expert}/statements/{year}", COORDINATOR),
            page("/coordinator/invoices", COORDINATOR),
            page("/coordinator/invoices?month={month}", COORDINATOR),
            page("/coordinator/attendance", COORDINATOR),
            page("/coordinator/attendance?form=SOCIAL_WELFARE_WORK_ACTIVITY&month={month}", COORDINATOR),
            page("/coordinator/invoices/{client}?month={month}", COORDINATOR),

            // Fees, expenses, rates, tax-free parameters
            page("/assignments/{approvedAssignment}/fees", EXPERT, COORDINATOR),
            page("/assignments/{paidAssignment}/fees", EXPERT),
            page("/assignments/{declinedAssignment}/fees", EXPERT),
            page("/assignments/{approvedAssignment}/fees/decline", EXPERT),
            page("/assignments/{approvedAssignment}/expenses", EXPERT, COORDINATOR),
            page("/assignments/{volunteerAssignment}/expenses", VOLUNTEER, COORDINATOR),
            page("/coordinator/fees", COORDINATOR),
            page("/coordinator/fees?status=DECLINED", COORDINATOR),
            page("/coordinator/fees/{feeLine}", COORDINATOR),
            page("/coordinator/fees/{kmLine}", COORDINATOR),
            page("/coordinator/fees/{ticketsLine}", COORDINATOR),
            page("/coordinator/fees/{receiptLine}", COORDINATOR),
            page("/coordinator/fees/{allowanceLine}", COORDINATOR),
            page("/coordinator/fees/{declinedLine}", COORDINATOR),
            page("/coordinator/rates", COORDINATOR),
            page("/coordinator/rates/{rate}/end", COORDINATOR),
            page("/coordinator/volunteer-caps", COORDINATOR),
            page("/admin/fee-parameters", ADMIN),
            page("/admin/fee-parameters/{feeParameter}/end", ADMIN),
            page("/admin/fee-parameters/own", ADMIN),

            // Payroll
            page("/coordinator/payroll", COORDINATOR),
            page("/coordinator/payroll?from={today}&to={today}&paymentDate={today}", COORDINATOR),
            page("/admin/payroll-permissions", ADMIN),
            page("/admin/payroll-access-log", ADMIN),
            page("/me/payment-details", EXPERT),

            // Earnings and the benefit watch
            page("/me/earnings", EXPERT, VOLUNTEER),
            page("/me/earnings/watch", EXPERT, VOLUNTEER),
            page("/experts/{expert}/benefit-watch", COORDINATOR),
            page("/admin/benefit-limits", ADMIN, OPERATOR),
            // The limits are national: only the platform operator changes them
            page("/admin/benefit-limits/{benefitLimit}/end", OPERATOR),
            page("/admin/benefit-limits/{benefitLimit}/end", ADMIN).answers(403),

            // The pool: profiles, the list, the public cards, the vocabulary
            page("/me/profile", EXPERT, VOLUNTEER),
            page("/me/profile/contact", EXPERT),
            page("/me/profile/work", EXPERT),
            page("/me/profile/presentation", EXPERT),
            page("/me/profile/availability", EXPERT),
            page("/me/profile/trainings", EXPERT),
            page("/me/profile/trainings/{training}", EXPERT),
            page("/me/profile/experience", EXPERT),
            page("/experts/{expert}", COORDINATOR).redirects(),
            page("/experts/{expert}/profile", COORDINATOR),
            page("/experts/{expertOnBreak}/profile", COORDINATOR),
            page("/experts/{expert}/profile/contact", COORDINATOR),
            page("/experts/{expert}/profile/work", COORDINATOR),
            page("/experts/{expert}/profile/presentation", COORDINATOR),
            page("/experts/{expert}/profile/availability", COORDINATOR),
            page("/experts/{expert}/profile/trainings", COORDINATOR),
            page("/experts/{expert}/profile/trainings/{training}", COORDINATOR),
            page("/experts/{expert}/profile/experience", COORDINATOR),
            page("/experts", COORDINATOR),
            page("/pool", REQUESTER, CLIENT),
            page("/coordinator/experience-areas", COORDINATOR),
            page("/coordinator/experience-areas/{experienceArea}", COORDINATOR),

            // Notifications and sent mail
            page("/notifications", EXPERT, VOLUNTEER, REQUESTER, CLIENT, COORDINATOR),
            page("/admin/sent-mail", ADMIN),
            page("/admin/sent-mail/{sentMail}", ADMIN));

    /**
     * GET mappings of the web controllers that are not pages, with why: files to download. Each is a mapping's
     * path pattern, followed by its parameter condition when it has one.
     */
    public static final Map<String, String> NOT_PAGES = Map.ofEntries(
            entry("/assignments/{id}/expenses/{lineId}/receipt", "the receipt's own file (PDF, JPEG or PNG)"),
            entry("/assignments/{id}/agreement.pdf", "the agreement as a PDF file"),
            entry("/assignments/{id}/agreement [format=pdf]", "the agreement as a PDF file"),
            entry("/me/statements/{year:\\d+}.pdf", "the yearly statement as a PDF file"),
            entry("/me/statements/{year:\\d+} [format=pdf]", "the yearly statement as a PDF file"),
            entry("/experts/{id}/statements/{year:\\d+}.pdf", "an expert's yearly statement as a PDF file"),
            entry("/experts/{id}/statements/{year:\\d+} [format=pdf]", "an expert's yearly statement as a PDF file"),
            entry("/coordinator/invoices/{organisationId} [format=csv]", "an invoice summary as a CSV file"),
            entry("/coordinator/attendance [format=csv]", "the attendance list of work activity as a CSV file"),
            entry("/coordinator/attendance [format=xlsx]", "the attendance list of work activity as an XLSX file"),
            entry("/coordinator/invoices/{organisationId} [format=xlsx]", "an invoice summary as an XLSX file"),
            entry("/coordinator/invoices/{organisationId} [format=pdf]", "an invoice summary as a PDF file"),
            entry("/coordinator/payroll/exports/{id}/{format}", "a payroll batch as a CSV or XLSX file"));
}
