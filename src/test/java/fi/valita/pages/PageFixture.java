package fi.valita.pages;

import fi.valita.TestPools;
import fi.valita.assignments.AfterWork;
import fi.valita.assignments.Assignment;
import fi.valita.assignments.Assignments;
import fi.valita.assignments.Brokering;
import fi.valita.assignments.Feedbacks;
import fi.valita.assignments.Offer;
import fi.valita.earnings.BenefitLimitKind;
import fi.valita.earnings.BenefitLimits;
import fi.valita.earnings.BenefitWatches;
import fi.valita.earnings.NewBenefitLimit;
import fi.valita.earnings.VolunteerOnly;
import fi.valita.experts.EngagementForm;
import fi.valita.experts.ExpertPool;
import fi.valita.experts.TaskType;
import fi.valita.fees.ExpenseType;
import fi.valita.fees.Expenses;
import fi.valita.fees.FeeLine;
import fi.valita.fees.FeeLineKind;
import fi.valita.fees.FeeLines;
import fi.valita.fees.FeeParameterMissing;
import fi.valita.fees.FeeParameter;
import fi.valita.fees.FeeParameterTable;
import fi.valita.fees.FeeParameters;
import fi.valita.fees.RateKind;
import fi.valita.fees.Rates;
import fi.valita.fees.ReceiptFile;
import fi.valita.identity.CurrentUser;
import fi.valita.matching.MatchingSettings;
import fi.valita.identity.Identity;
import fi.valita.identity.Invite;
import fi.valita.identity.Mailbox;
import fi.valita.identity.MyAccount;
import fi.valita.identity.PasswordReset;
import fi.valita.identity.Organisation;
import fi.valita.identity.OrganisationKind;
import fi.valita.identity.OrganisationUnit;
import fi.valita.identity.Role;
import fi.valita.payroll.Iban;
import fi.valita.payroll.PaymentDetails;
import fi.valita.payroll.Payroll;
import fi.valita.payroll.PayrollPeriod;
import fi.valita.payroll.PayrollPermissions;
import fi.valita.payroll.PersonalIdentityCode;
import fi.valita.requests.AreasRule;
import fi.valita.requests.FeeBasis;
import fi.valita.requests.NewWorkRequest;
import fi.valita.requests.WorkRequest;
import fi.valita.requests.WorkRequests;
import fi.valita.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One pool brought into every state people can reach, so that the page guards see every page with data in it:
 * requests in each status, offers open, declined and expired, assignments upcoming, started, reported, approved,
 * paid, with a declined fee and called off; fee lines of every kind (a receipt with its file, a daily allowance,
 * a corrected fee), agreements accepted and not, feedback, a mistreatment report and a debrief wanted,
 * notifications and sent mail, rates, a payroll batch, a shared benefit watch and a volunteer near the caps.
 *
 * <p>All names and texts are Finnish, as people would type them, so that the guards' list of English words
 * finds only what the application itself says. Each placeholder of {@link GuardedPages} ({@code {openOffer}})
 * is a key of {@link #values()}; a new state is a new step here and a new key.
 */
public final class PageFixture {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    /** A receipt photo: the first bytes of a PNG are all the application reads. */
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    private final Map<Viewer, CurrentUser> people = new EnumMap<>(Viewer.class);
    private final Map<String, String> values = new LinkedHashMap<>();
    private final ApplicationContext context;
    private final LocalDate today = LocalDate.now(HELSINKI);

    private Organisation pool;
    private OrganisationUnit unit;
    private CurrentUser expert;
    private CurrentUser otherExpert;
    private CurrentUser volunteer;

    private PageFixture(ApplicationContext context) {
        this.context = context;
    }

    private static final Map<ApplicationContext, PageFixture> BUILT = new ConcurrentHashMap<>();

    /** The fixture of the application context, built in its database the first time a guard asks for it. */
    public static PageFixture of(ApplicationContext context) {
        return BUILT.computeIfAbsent(context, PageFixture::build);
    }

    /** Builds the pool and its history in the application's database (a new, uniquely named pool each time). */
    static PageFixture build(ApplicationContext context) {
        var fixture = new PageFixture(context);
        fixture.people();
        fixture.profiles();
        fixture.rates();
        fixture.requests();
        fixture.work();
        fixture.figuresOfThisYear();
        fixture.moneyAndPapers();
        fixture.underEachEngagementForm();
        fixture.reference();
        return fixture;
    }

    /** The person who views a page as this viewer; null for {@link Viewer#ANONYMOUS}. */
    public @Nullable CurrentUser person(Viewer viewer) {
        return people.get(viewer);
    }

    /** The values of the placeholders of the guarded pages' paths. */
    public Map<String, String> values() {
        return values;
    }

    /** A guarded page's path with its placeholders filled in. */
    public String path(String template) {
        String path = template;
        for (var value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        if (path.contains("{")) {
            throw new IllegalStateException("No value in the page fixture for a placeholder of " + template);
        }
        return path;
    }

    private <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    private void people() {
        Identity identity = bean(Identity.class);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        pool = identity.createOrganisation("Kokemuskeskus Vartti ry " + suffix, OrganisationKind.NGO, "091", true);
        unit = identity.createUnit(pool.id(), "Vartin olohuone", "091");
        Organisation school = identity.createOrganisation("Kallion lukio " + suffix, OrganisationKind.SCHOOL, "091",
                false);
        identity.serveClient(pool.id(), school.id());
        values.put("pool", pool.id().toString());
        values.put("client", school.id().toString());
        people.put(Viewer.ADMIN, person(pool, Role.ADMIN, "Riikka Rantanen", null));
        people.put(Viewer.COORDINATOR, person(pool, Role.COORDINATOR, "Kaisa Koivisto", null));
        expert = person(pool, Role.EXPERT, "Aino Aaltonen", null);
        people.put(Viewer.EXPERT, expert);
        people.put(Viewer.REQUESTER, person(pool, Role.REQUESTER, "Tiina Toivonen", unit.id()));
        people.put(Viewer.CLIENT, person(school, Role.REQUESTER, "Olli Opettaja", null));
        otherExpert = person(pool, Role.EXPERT, "Eero Eskola", null);
        volunteer = person(pool, Role.EXPERT, "Ville Vapaa", null);
        people.put(Viewer.VOLUNTEER, volunteer);
        people.put(Viewer.OPERATOR, operator(identity, suffix));
        values.put("expert", expert.id().toString());
        values.put("expertOnBreak", otherExpert.id().toString());
    }

    private CurrentUser person(Organisation organisation, Role role, String name, @Nullable UUID unitId) {
        String email = role.name().toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID() + "@vartti.example";
        return TestPools.asCurrentUser(bean(Identity.class).createActiveAccount(
                new Invite(email, name, role, organisation.id(), unitId, Locale.of("fi")), TestPools.PASSWORD));
    }

    /** The platform operator the test configuration names: the account {@link TestPools#operator()} finds too. */
    private CurrentUser operator(Identity identity, String suffix) {
        return jdbc().sql("select id from user_account where lower(email) = :email")
                .param("email", TestPools.OPERATOR_EMAIL).query(UUID.class).optional().flatMap(identity::account)
                .map(TestPools::asCurrentUser)
                .orElseGet(() -> {
                    Organisation operating = identity.createOrganisation("Välitän ylläpito " + suffix,
                            OrganisationKind.NGO, "091", false);
                    return TestPools.asCurrentUser(identity.createActiveAccount(new Invite(TestPools.OPERATOR_EMAIL,
                            "Paula Palvelu", Role.ADMIN, operating.id(), null, Locale.of("fi")), TestPools.PASSWORD));
                });
    }

    private CurrentUser coordinator() {
        return people.get(Viewer.COORDINATOR);
    }

    private CurrentUser admin() {
        return people.get(Viewer.ADMIN);
    }

    private CurrentUser requester() {
        return people.get(Viewer.REQUESTER);
    }

    private CurrentUser client() {
        return people.get(Viewer.CLIENT);
    }

    private void profiles() {
        var profiles = new GuardProfiles(bean(ExpertPool.class), bean(fi.valita.experts.ExperienceVocabulary.class));
        values.put("experienceArea", profiles.fillIn(expert, coordinator()).toString());
        values.put("training", profiles.confirmExpertTraining(expert, coordinator()).toString());
        // The pool's stories for large audiences need a confirmed training: the others are left out with why
        bean(MatchingSettings.class).requireTraining(Set.of(TaskType.STORY_LARGE_AUDIENCE), coordinator());
        profiles.onBreak(otherExpert, today.plusMonths(2));
        engage(otherExpert, "{FEE_BASED_ASSIGNMENT,VOLUNTEER}");
        engage(volunteer, "{FEE_BASED_ASSIGNMENT,VOLUNTEER}");
        bean(BenefitWatches.class).offerOnlyVolunteerWork(VolunteerOnly.UNTIL_CHANGED, otherExpert);
        bean(BenefitWatches.class).choose("KELA_DISABILITY_PENSION", null, true, expert);
    }

    private void engage(CurrentUser someone, String forms) {
        jdbc().sql("update expert set engagement_forms = cast(:forms as text[]) where id = :id")
                .param("forms", forms).param("id", someone.id()).update();
    }

    private void rates() {
        Rates rates = bean(Rates.class);
        var hourly = rates.add(RateKind.PER_HOUR, null, Money.parse("20,00"), 30, 60, today.minusYears(1), null,
                coordinator());
        rates.add(RateKind.PER_TASK, TaskType.TEACHING, Money.parse("150,00"), 0, 0, today.minusYears(1),
                today.plusYears(1), coordinator());
        rates.add(RateKind.PER_MEETING, TaskType.SERVICE_DEVELOPMENT, Money.parse("60,00"), 0, 0,
                today.minusYears(1), null, coordinator());
        values.put("rate", hourly.id().toString());
    }

    /** Requests that stay before the work: new, a window of days, matching, offered, called off, unfilled. */
    private void requests() {
        WorkRequests requests = bean(WorkRequests.class);
        Brokering brokering = bean(Brokering.class);
        Instant inTwoWeeks = Instant.now().plus(14, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        var fresh = requests.create(fixedTime("Toipumistarina sosiaalialan opiskelijoille", inTwoWeeks,
                FeeBasis.ORGANISATION_RATE, requester()), requester());
        values.put("newRequest", fresh.id().toString());
        var window = requests.create(days("Kokemusarviointi palvelupolusta", today.plusDays(20), today.plusDays(25),
                FeeBasis.AGREED_SUM, 30_000L, client()), client());
        values.put("windowRequest", window.id().toString());
        var matching = requests.create(fixedTime("Vertaistukiryhmän ohjaus", inTwoWeeks.plus(2, ChronoUnit.DAYS),
                FeeBasis.VOLUNTEER, requester()), requester());
        requests.startMatching(matching.id(), coordinator());
        values.put("matchingRequest", matching.id().toString());

        var offered = requests.create(fixedTime("Asiakasraadin kokous", inTwoWeeks.plus(3, ChronoUnit.DAYS),
                FeeBasis.ORGANISATION_RATE, requester()), requester());
        List<Offer> offers = brokering.sendOffers(offered.id(), List.of(expert.id(), volunteer.id()), tomorrow(),
                coordinator());
        brokering.decline(offers.get(1).id(), "En pääse silloin.", volunteer);
        values.put("offeredRequest", offered.id().toString());
        values.put("openOffer", offers.getFirst().id().toString());
        values.put("declinedOffer", offers.get(1).id().toString());

        var expiring = requests.create(fixedTime("Messupäivä", inTwoWeeks.plus(4, ChronoUnit.DAYS),
                FeeBasis.ORGANISATION_RATE, requester()), requester());
        Offer late = brokering.sendOffers(expiring.id(), List.of(expert.id()), tomorrow(), coordinator()).getFirst();
        jdbc().sql("update offer set respond_by = now() - interval '1 hour' where id = :id").param("id", late.id())
                .update();
        brokering.closeExpiredOffers();
        values.put("expiredOffer", late.id().toString());

        var cancelled = requests.create(fixedTime("Koulutuspäivä", inTwoWeeks.plus(5, ChronoUnit.DAYS),
                FeeBasis.ORGANISATION_RATE, requester()), requester());
        requests.cancel(cancelled.id(), "Aikataulu muuttui.", requester());
        values.put("cancelledRequest", cancelled.id().toString());
        var unfilled = requests.create(fixedTime("Mediahaastattelu", inTwoWeeks.plus(6, ChronoUnit.DAYS),
                FeeBasis.ORGANISATION_RATE, requester()), requester());
        requests.markUnfilled(unfilled.id(), coordinator());
        values.put("unfilledRequest", unfilled.id().toString());
    }

    /** Assignments from agreed to approved, called off, and the fee lines of approved ones. */
    private void work() {
        Brokering brokering = bean(Brokering.class);
        AfterWork afterWork = bean(AfterWork.class);
        WorkRequests requests = bean(WorkRequests.class);
        Instant inAWeek = Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);

        var upcoming = requests.create(fixedTime("Tarinailta nuorille", inAWeek, FeeBasis.ORGANISATION_RATE,
                requester()), requester());
        Offer upcomingOffer = brokering.sendOffers(upcoming.id(), List.of(expert.id()), tomorrow(), coordinator())
                .getFirst();
        Assignment agreed = brokering.accept(upcomingOffer.id(), expert);
        values.put("filledRequest", upcoming.id().toString());
        values.put("acceptedOffer", upcomingOffer.id().toString());
        values.put("upcomingAssignment", agreed.id().toString());

        var calledOff = assigned(days("Työpaja henkilöstölle", today.plusDays(30), today.plusDays(31),
                FeeBasis.ORGANISATION_RATE, null, requester()), expert);
        bean(Assignments.class).cancel(calledOff.id(), "Sairastuin, valitettavasti.", expert);
        values.put("cancelledAssignment", calledOff.id().toString());

        var started = assigned(fixedTime("Luento ammattikorkeakoulussa", inAWeek.plus(1, ChronoUnit.DAYS),
                FeeBasis.ORGANISATION_RATE, requester()), expert);
        jdbc().sql("update assignment set during = tstzrange(now() - interval '3 hours', now() - interval '1 hour') "
                + "where id = :id").param("id", started.id()).update();
        jdbc().sql("update work_request set starts_at = now() - interval '3 hours', ends_at = now() - interval '1 hour' "
                + "where id = :id").param("id", started.requestId()).update();
        values.put("startedAssignment", started.id().toString());

        var reported = assigned(pastDays("Kehittämispäivä", FeeBasis.ORGANISATION_RATE, null, requester()), expert);
        afterWork.complete(reported.id(), new BigDecimal("3.5"), 14, null, true, expert);
        bean(Feedbacks.class).giveFeedback(reported.id(), 4, "Hyvä ryhmä, kiitos.", expert);
        values.put("reportedAssignment", reported.id().toString());
    }

    /**
     * The example rates of the migrations run out at the end of a year: this year's are added if they are missing,
     * as an administrator would, so that the daily allowances and kilometres below have their amounts.
     */
    private void figuresOfThisYear() {
        Map<String, Long> cents = Map.of("DAILY_ALLOWANCE_FULL", 5_400L, "DAILY_ALLOWANCE_PARTIAL", 2_500L,
                "KM_ALLOWANCE_PER_KM", 55L);
        cents.forEach((key, value) -> {
            try {
                bean(FeeParameters.class).valueOn(key, today);
            } catch (FeeParameterMissing missing) {
                String unit = bean(FeeParameters.class).history(key).getLast().unit();
                bean(FeeParameters.class).add(key, value, null, unit, today.withDayOfYear(1),
                        today.withDayOfYear(today.lengthOfYear()), "Vuoden arvo testiä varten");
            }
        });
    }

    /** Approved work with every kind of line; a paid batch, a declined fee, volunteer work near its caps. */
    private void moneyAndPapers() {
        AfterWork afterWork = bean(AfterWork.class);
        FeeLines feeLines = bean(FeeLines.class);
        Expenses expenses = bean(Expenses.class);

        var paid = assigned(pastDays("Asiantuntijapuheenvuoro seminaarissa", FeeBasis.AGREED_SUM, 25_000L, client()),
                expert);
        afterWork.complete(paid.id(), new BigDecimal("2"), 10, 580L, false, expert);
        afterWork.confirm(paid.id(), client());
        feeLines.ofAssignment(paid.id(), coordinator()).forEach(line -> feeLines.approve(line.id(), coordinator()));
        payroll();
        values.put("paidAssignment", paid.id().toString());

        var approved = assigned(pastDays("Opetustuokio hoitotyön opiskelijoille", FeeBasis.ORGANISATION_RATE, null,
                client()), expert);
        afterWork.complete(approved.id(), new BigDecimal("2.5"), 24, 580L, false, expert);
        afterWork.confirm(approved.id(), client());
        UUID receipt = expenses.addReceipt(approved.id(), Money.parse("12,50"), ExpenseType.PARKING,
                "Pysäköinti sairaalan pihalla", ReceiptFile.of(PNG), expert);
        UUID allowance = expenses.addDailyAllowance(approved.id(), ExpenseType.FULL_DAY,
                expenses.of(approved.id(), expert).lastAllowanceDay(), false, expert);
        List<FeeLine> lines = feeLines.ofAssignment(approved.id(), coordinator());
        FeeLine fee = line(lines, FeeLineKind.FEE);
        feeLines.correct(fee.id(), 6_000, "Valmistautuminen sovittiin puhelimessa.", coordinator());
        feeLines.approve(line(lines, FeeLineKind.KM_ALLOWANCE).id(), coordinator());
        bean(Feedbacks.class).giveFeedback(approved.id(), 5, "Kiitos, tämä auttoi meitä paljon.", client());
        bean(Feedbacks.class).giveFeedback(approved.id(), 4, null, expert);
        afterWork.reportMistreatment(approved.id(), "Minulle huudettiin tauolla.", expert);
        values.put("approvedAssignment", approved.id().toString());
        values.put("feeLine", fee.id().toString());
        values.put("kmLine", line(lines, FeeLineKind.KM_ALLOWANCE).id().toString());
        values.put("ticketsLine", line(lines, FeeLineKind.TICKETS).id().toString());
        values.put("receiptLine", receipt.toString());
        values.put("allowanceLine", allowance.toString());

        var declined = assigned(pastDays("Haastattelu paikallislehdelle", FeeBasis.ORGANISATION_RATE, null,
                requester()), expert);
        afterWork.complete(declined.id(), BigDecimal.ONE, 0, null, false, expert);
        afterWork.confirm(declined.id(), requester());
        FeeLine declinedFee = line(feeLines.ofAssignment(declined.id(), coordinator()), FeeLineKind.FEE);
        feeLines.decline(declinedFee.id(), expert);
        values.put("declinedAssignment", declined.id().toString());
        values.put("declinedLine", declinedFee.id().toString());

        var volunteerWork = assigned(pastDays("Vapaaehtoinen vertaistukipäivä", FeeBasis.VOLUNTEER, null,
                requester()), volunteer);
        afterWork.complete(volunteerWork.id(), new BigDecimal("6"), 240, 1_500L, false, volunteer);
        afterWork.confirm(volunteerWork.id(), requester());
        expenses.addDailyAllowance(volunteerWork.id(), ExpenseType.PARTIAL_DAY,
                expenses.of(volunteerWork.id(), volunteer).lastAllowanceDay(), false, volunteer);
        values.put("volunteerAssignment", volunteerWork.id().toString());
        values.put("volunteer", volunteer.id().toString());
        values.put("year", String.valueOf(today.getYear()));
        values.put("today", today.toString());
        values.put("month", today.withDayOfMonth(1).toString().substring(0, 7));
    }

    /**
     * The expert (engaged under every form, see {@link GuardProfiles}) also works in rehabilitative work activity, in 27 e § work activity and in employment: approved
     * work under each, so the attendance list has days, the fee pages a work-share payment and wages, and the
     * assignment pages say what each form pays.
     */
    private void underEachEngagementForm() {
        AfterWork afterWork = bean(AfterWork.class);
        Map<String, EngagementForm> work = new LinkedHashMap<>();
        work.put("rehabAssignment", EngagementForm.REHABILITATIVE_WORK_ACTIVITY);
        work.put("workActivityAssignment", EngagementForm.SOCIAL_WELFARE_WORK_ACTIVITY);
        work.put("employmentAssignment", EngagementForm.EMPLOYMENT);
        work.forEach((name, form) -> {
            var done = assigned(pastDays("Vertaisryhmän ohjaus (" + name + ")", FeeBasis.ORGANISATION_RATE, null,
                    requester()), expert, form);
            afterWork.complete(done.id(), new BigDecimal("5"), 12, null, false, expert);
            afterWork.confirm(done.id(), requester());
            values.put(name, done.id().toString());
        });
    }

    private void payroll() {
        bean(PayrollPermissions.class).grant(coordinator().id(), admin());
        var code = PersonalIdentityCode.artificial(LocalDate.of(1985, 3, 14), 950);
        bean(PaymentDetails.class).save(expert, "Aino Aaltonen", code, Iban.parse("FI2112345600000785").orElseThrow());
        Payroll payroll = bean(Payroll.class);
        payroll.revealCode(coordinator(), expert.id());
        var batch = payroll.makeExport(coordinator(), new PayrollPeriod(today.minusDays(1), today, today.plusDays(7)));
        payroll.markPaid(coordinator(), batch.id(), today);
        values.put("payrollExport", batch.id().toString());
    }

    /** Invitations, sent mail, and the rows of the shared tables each page about one row needs. */
    private void reference() {
        String email = "uusi-" + UUID.randomUUID() + "@vartti.example";
        bean(Identity.class).invite(new Invite(email, "Uusi Asiantuntija", Role.EXPERT, pool.id(), null,
                Locale.of("fi")), coordinator());
        Mailbox.Mail invitation = new Mailbox(jdbc()).awaitMail(email);
        values.put("invitationToken", invitation.invitationToken());
        values.put("sentMail", invitation.id().toString());
        accountLinks();
        var own = bean(FeeParameterTable.class).addOwn(FeeParameter.KM_ALLOWANCE_PER_KM, 50L, today.withDayOfYear(1),
                today.withDayOfYear(today.lengthOfYear()), "Hallituksen päätös", admin());
        values.put("feeParameter", own.id().toString());
        // A period far ahead, added and ended by the operator, so that the limits' change log has both kinds of row
        var limits = bean(BenefitLimits.class);
        var limit = limits.add(new NewBenefitLimit("KELA_DISABILITY_PENSION", BenefitLimitKind.MONTHLY_EARNINGS,
                Money.parse("1100"), LocalDate.of(2100, 1, 1), LocalDate.of(2100, 12, 31), true), "Kelan päätös",
                person(Viewer.OPERATOR));
        limits.end(limit.id(), LocalDate.of(2100, 6, 30), "Kelan uusi päätös", person(Viewer.OPERATOR));
        values.put("benefitLimit", limit.id().toString());
    }

    /** A person's open password reset link and address change link (opening either does not use it up). */
    private void accountLinks() {
        CurrentUser forgetful = person(pool, Role.EXPERT, "Unto Unohtaja", null);
        bean(PasswordReset.class).request(forgetful.email(), "192.0.2.1", Locale.of("fi"));
        values.put("resetToken", new Mailbox(jdbc()).awaitMail(forgetful.email())
                .linkPath("/password-reset/").substring("/password-reset/".length()));
        String newEmail = "muuttanut-" + UUID.randomUUID() + "@vartti.example";
        bean(MyAccount.class).requestEmailChange(forgetful, newEmail, TestPools.PASSWORD, Locale.of("fi"));
        values.put("emailChangeToken", new Mailbox(jdbc()).awaitMail(newEmail)
                .linkPath("/email-change/").substring("/email-change/".length()));
    }

    private Assignment assigned(NewWorkRequest r, CurrentUser who) {
        Brokering brokering = bean(Brokering.class);
        WorkRequest request = bean(WorkRequests.class).create(r, author(r));
        Offer offer = brokering.sendOffers(request.id(), List.of(who.id()), tomorrow(), coordinator()).getFirst();
        return brokering.accept(offer.id(), brokering.agreementOffered(offer.id(), who), who);
    }

    /** Work taken under the engagement form the coordinator chose for it. */
    private Assignment assigned(NewWorkRequest r, CurrentUser who, EngagementForm form) {
        Brokering brokering = bean(Brokering.class);
        WorkRequest request = bean(WorkRequests.class).create(r, author(r));
        Offer offer = brokering.sendOffers(request.id(), List.of(who.id()), Map.of(who.id(), form), tomorrow(),
                coordinator()).getFirst();
        return brokering.accept(offer.id(), brokering.agreementOffered(offer.id(), who), who);
    }

    private CurrentUser author(NewWorkRequest r) {
        return r.requesterOrganisationId().equals(pool.id()) ? requester() : client();
    }

    private NewWorkRequest fixedTime(String title, Instant start, FeeBasis basis, CurrentUser by) {
        return request(title, start, start.plus(2, ChronoUnit.HOURS), null, null, basis, null, by);
    }

    private NewWorkRequest days(String title, LocalDate from, LocalDate to, FeeBasis basis, @Nullable Long agreed,
            CurrentUser by) {
        return request(title, null, null, from, to, basis, agreed, by);
    }

    /** Work of a window of days that began yesterday: it has started, so it can be reported and approved. */
    private NewWorkRequest pastDays(String title, FeeBasis basis, @Nullable Long agreed, CurrentUser by) {
        return days(title, today.minusDays(1), today.plusDays(2), basis, agreed, by);
    }

    private NewWorkRequest request(String title, @Nullable Instant starts, @Nullable Instant ends,
            @Nullable LocalDate from, @Nullable LocalDate to, FeeBasis basis, @Nullable Long agreed, CurrentUser by) {
        boolean own = by.organisationId().equals(pool.id());
        return new NewWorkRequest(pool.id(), by.organisationId(), own ? unit.id() : null, title,
                "Kerro omasta kokemuksestasi ja vastaa kysymyksiin.", TaskType.STORY_LARGE_AUDIENCE, List.of(),
                AreasRule.ANY, "Sosiaalialan opiskelijat", 40, "fi", starts, ends, from, to, false, "091",
                "Jokiväylä 11", null, 1, basis, agreed, "Tiina Toivonen", "+358 40 000 0000", "tiina@vartti.example",
                "Sisäänkäynti pihan puolelta.");
    }

    private static FeeLine line(List<FeeLine> lines, FeeLineKind kind) {
        return lines.stream().filter(l -> l.kind() == kind).findFirst().orElseThrow();
    }

    private static Instant tomorrow() {
        return Instant.now().plus(1, ChronoUnit.DAYS);
    }

    private JdbcClient jdbc() {
        return bean(JdbcClient.class);
    }
}
