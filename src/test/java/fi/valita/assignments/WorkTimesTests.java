package fi.valita.assignments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.api.ApiTokens;
import fi.valita.api.Bearer;
import fi.valita.documents.AgreementState;
import fi.valita.documents.AssignmentAgreements;
import fi.valita.experts.TaskType;
import fi.valita.identity.CurrentUser;
import fi.valita.identity.Mailbox;
import fi.valita.notifications.AppNotification;
import fi.valita.notifications.Notifications;
import fi.valita.requests.AreasRule;
import fi.valita.requests.FeeBasis;
import fi.valita.requests.NewWorkRequest;
import fi.valita.requests.WorkRequest;
import fi.valita.requests.WorkRequests;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Agreeing the day and time of work asked for within a window of days: one side proposes, the other confirms (or
 * a coordinator sets it); then it is booked like work of a fixed time, with a calendar file and a reminder, and a
 * clash with the expert's other work is refused by the database even when two confirmations come at once.
 */
@ValitaTest
class WorkTimesTests {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestPools pools;

    @Autowired
    WorkRequests requests;

    @Autowired
    Brokering brokering;

    @Autowired
    Assignments assignments;

    @Autowired
    WorkTimes times;

    @Autowired
    Bookings bookings;

    @Autowired
    AssignmentAgreements agreements;

    @Autowired
    Notifications notifications;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    LocalDate today = LocalDate.now(HELSINKI);

    @Test
    void theExpertProposesAndTheRequesterConfirmsThenTheWorkIsBookedRemindedAndInCalendars() {
        var s = windowWork("Window agreed", 3, 10);
        UUID id = s.assignment().id();
        String page = "/assignments/" + id;
        LocalDate day = today.plusDays(5);

        assertThat(mvc.post().uri(page + "/time").with(user(s.ngo().expert())).with(csrf())
                .param("date", day.toString()).param("startTime", "10.00").param("endTime", "12:00"))
                .hasRedirectedUrl(page).flash().containsEntry("done", "time-proposed");
        TimeProposal proposal = times.state(id, s.ngo().requester()).orElseThrow().open();
        assertThat(proposal).isNotNull();
        assertThat(proposal.startsAt()).isEqualTo(at(day, 10));
        assertThat(notifications.newestOf(s.ngo().requester().id())).extracting(AppNotification::messageKey)
                .contains("notifications.time.proposed.to-requester");
        assertThat(mvc.get().uri(page).header("Accept-Language", "en").with(user(s.ngo().requester())))
                .hasStatusOk().bodyText().contains("The expert proposes:", "Confirm this time");
        assertThat(mvc.get().uri(page).header("Accept-Language", "fi").with(user(s.ngo().expert())))
                .hasStatusOk().bodyText().contains("Ehdotit aikaa").doesNotContain("Vahvista tämä aika");

        assertThat(mvc.post().uri(page + "/time/confirm").with(user(s.ngo().requester())).with(csrf())
                .param("proposal", proposal.id().toString()))
                .hasRedirectedUrl(page).flash().containsEntry("done", "time-agreed");

        Assignment agreed = assignments.get(id, s.ngo().expert()).assignment();
        assertThat(agreed.startsAt()).isEqualTo(at(day, 10));
        assertThat(agreed.endsAt()).isEqualTo(at(day, 12));
        assertThat(times.state(id, s.ngo().expert()).orElseThrow().open()).isNull();
        assertThat(mvc.get().uri("/api/v1/assignments/{id}/calendar.ics", id)
                .with(Bearer.as(s.ngo().expert(), tokens))).hasStatusOk().bodyText()
                .contains("BEGIN:VEVENT", "DTSTART:" + utc(at(day, 10)), "DTEND:" + utc(at(day, 12)));
        assertThat(reminderDue(id)).isEqualTo(at(day, 10).minus(1, ChronoUnit.DAYS));
        for (CurrentUser side : List.of(s.ngo().expert(), s.ngo().requester())) {
            assertThat(notifications.newestOf(side.id())).extracting(AppNotification::messageKey)
                    .contains("notifications.time.agreed");
        }
        assertThat(bookings.overlapping(Set.of(s.ngo().expert().id()), at(day, 11), at(day, 13)))
                .extracting(Booking::assignmentId).containsExactly(id);
        assertThat(bookings.workload(Set.of(s.ngo().expert().id()), Instant.now().minusSeconds(60), day)
                .get(s.ngo().expert().id()).hoursInWeek()).isEqualTo(2.0);
        assertThat(mvc.get().uri(page).header("Accept-Language", "en").with(user(s.ngo().expert())))
                .hasStatusOk().bodyText().contains("Agreed:", "Change the time");
        assertThat(agreements.agreement(id, s.ngo().expert()).state())
                .as("the agreement accepted with the offer covers a day agreed within its window")
                .isEqualTo(AgreementState.ACCEPTED);
    }

    @Test
    void beforeTheTimeIsAgreedTheCalendarFileIsANotFoundProblemThatSaysWhy() {
        var s = windowWork("Window no calendar", 3, 10);

        assertThat(mvc.get().uri("/api/v1/assignments/{id}/calendar.ics", s.assignment().id())
                .with(Bearer.as(s.ngo().expert(), tokens))).hasStatus(404).bodyText()
                .contains("no_agreed_time", "not agreed yet");
        assertThat(reminders(s.assignment().id())).isZero();
    }

    @Test
    void theRequesterProposesAndTheExpertConfirms() {
        var s = windowWork("Window by requester", 2, 6);
        LocalDate day = today.plusDays(4);
        TimeProposal p = times.propose(s.assignment().id(), at(day, 13), at(day, 15), s.ngo().requester());

        assertThat(p.side()).isEqualTo(TimeProposal.Side.REQUESTER);
        assertThat(notifications.newestOf(s.ngo().expert().id())).extracting(AppNotification::messageKey)
                .contains("notifications.time.proposed.to-expert");
        assertThat(times.confirm(s.assignment().id(), p.id(), s.ngo().expert()).startsAt()).isEqualTo(at(day, 13));
    }

    @Test
    void aCoordinatorOfThePoolSetsTheTimeAndNobodyOutsideCanTouchIt() {
        var s = windowWork("Window set", 3, 10);
        var other = pools.ngoPool("Window outsiders");
        String page = "/assignments/" + s.assignment().id();
        LocalDate day = today.plusDays(6);
        var form = Map.of("date", day.toString(), "startTime", "9:30", "endTime", "11:00");

        for (CurrentUser outsider : List.of(other.coordinator(), other.requester(), other.expert(), other.admin())) {
            assertThat(post(page + "/time", outsider, form)).hasStatus(404);
            assertThat(post(page + "/time/confirm", outsider, Map.of("proposal", UUID.randomUUID().toString())))
                    .hasStatus(404);
        }
        assertThat(assignments.get(s.assignment().id(), s.ngo().coordinator()).assignment().startsAt()).isNull();

        assertThat(post(page + "/time", s.ngo().coordinator(), form)).hasRedirectedUrl(page).flash()
                .containsEntry("done", "time-agreed");
        assertThat(assignments.get(s.assignment().id(), s.ngo().coordinator()).assignment().startsAt())
                .isEqualTo(day.atTime(9, 30).atZone(HELSINKI).toInstant());
        assertThat(reminders(s.assignment().id())).isEqualTo(1);
    }

    @Test
    void aTimeOutsideTheWindowInThePastUnreadableOrEndingBeforeItStartsIsToldNextToItsField() {
        var s = windowWork("Window refused", 3, 10);
        String page = "/assignments/" + s.assignment().id();
        CurrentUser expert = s.ngo().expert();

        assertThat(post(page + "/time", expert, Map.of("date", today.plusDays(11).toString(), "startTime", "10.00",
                "endTime", "12.00"))).hasStatusOk().bodyText().contains("Choose a day between", "hds-text-input--invalid");
        assertThat(post(page + "/time", expert, Map.of("date", "next Tuesday", "startTime", "ten",
                "endTime", ""))).hasStatusOk().bodyText().contains("Write the day as a date",
                        "Write the time in hours and minutes", "Give the time.");
        assertThat(post(page + "/time", expert, Map.of("date", today.plusDays(4).toString(), "startTime", "12.00",
                "endTime", "10.00"))).hasStatusOk().bodyText().contains("The work must end after it starts.");
        assertThatThrownBy(() -> times.propose(s.assignment().id(), Instant.now().minusSeconds(3600),
                Instant.now().plusSeconds(3600), expert)).isInstanceOf(AssignmentRefused.class)
                .hasMessage("assignments.error.time-past");
        assertThat(times.state(s.assignment().id(), expert).orElseThrow().open()).isNull();
    }

    @Test
    void nobodyConfirmsTheirOwnProposalOrOneReplacedMeanwhile() {
        var s = windowWork("Window own", 3, 10);
        UUID id = s.assignment().id();
        LocalDate day = today.plusDays(5);
        TimeProposal first = times.propose(id, at(day, 10), at(day, 12), s.ngo().expert());

        assertThatThrownBy(() -> times.confirm(id, first.id(), s.ngo().expert()))
                .isInstanceOf(AssignmentRefused.class).hasMessage("assignments.error.time-own-proposal");
        TimeProposal second = times.propose(id, at(day, 14), at(day, 16), s.ngo().expert());
        assertThatThrownBy(() -> times.confirm(id, first.id(), s.ngo().requester()))
                .isInstanceOf(AssignmentRefused.class).hasMessage("assignments.error.time-proposal-changed");

        assertThat(times.confirm(id, second.id(), s.ngo().requester()).startsAt()).isEqualTo(at(day, 14));
        assertThat(jdbc.sql("select outcome from time_proposal where assignment_id = :id order by proposed_at")
                .param("id", id).query(String.class).list()).containsExactly("REPLACED", "AGREED");
    }

    @Test
    void workWithAFixedTimeHasNoTimeToAgree() {
        var fixed = new TestWork(pools, requests, brokering, jdbc).assigned("Fixed time");

        assertThat(times.state(fixed.assignment().id(), fixed.ngo().expert())).isEmpty();
        assertThat(post("/assignments/" + fixed.assignment().id() + "/time", fixed.ngo().expert(),
                Map.of("date", today.plusDays(5).toString(), "startTime", "10.00", "endTime", "12.00")))
                .hasStatus(404);
    }

    @Test
    void aProposalWhenTheExpertIsAlreadyBookedIsRefusedAtOnce() {
        var first = windowWork("Window booked A", 3, 10);
        var second = windowWorkOf(first.ngo(), first.ngo().expert(), "Window booked B", 3, 10);
        LocalDate day = today.plusDays(5);
        times.set(first.assignment().id(), at(day, 10), at(day, 12), first.ngo().coordinator());

        assertThat(post("/assignments/" + second.assignment().id() + "/time", first.ngo().expert(),
                Map.of("date", day.toString(), "startTime", "11.00", "endTime", "13.00"))).hasStatusOk().bodyText()
                .contains("The expert already has other work at this time.");
    }

    @Test
    void twoConfirmationsAtOnceOfOverlappingTimesForOneExpertBookOneAndRefuseTheOtherAsAClash() throws Exception {
        var first = windowWork("Window race A", 3, 10);
        var second = windowWorkOf(first.ngo(), first.ngo().expert(), "Window race B", 3, 10);
        LocalDate day = today.plusDays(7);
        TimeProposal a = times.propose(first.assignment().id(), at(day, 9), at(day, 12), first.ngo().expert());
        TimeProposal b = times.propose(second.assignment().id(), at(day, 11), at(day, 14), first.ngo().expert());

        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            for (var pair : List.of(Map.entry(first.assignment().id(), a.id()),
                    Map.entry(second.assignment().id(), b.id()))) {
                Callable<String> confirm = () -> {
                    start.await();
                    try {
                        times.confirm(pair.getKey(), pair.getValue(), first.ngo().requester());
                        return "agreed";
                    } catch (AssignmentRefused refused) {
                        return refused.messageKey();
                    }
                };
                outcomes.add(pool.submit(confirm));
            }
            start.countDown();
            List<String> answers = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                answers.add(outcome.get());
            }
            assertThat(answers).containsExactlyInAnyOrder("agreed", "assignments.error.time-clashes");
        }
        assertThat(jdbc.sql("""
                select count(*) from assignment where expert_id = :expert and during is not null""")
                .param("expert", first.ngo().expert().id()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aClashFoundWhenConfirmingIsShownNextToTheDayWithTheProposalStillInTheForm() {
        var first = windowWork("Window page clash A", 3, 10);
        var second = windowWorkOf(first.ngo(), first.ngo().expert(), "Window page clash B", 3, 10);
        LocalDate day = today.plusDays(8);
        TimeProposal b = times.propose(second.assignment().id(), at(day, 11), at(day, 14), first.ngo().expert());
        times.set(first.assignment().id(), at(day, 10), at(day, 12), first.ngo().coordinator());

        assertThat(post("/assignments/" + second.assignment().id() + "/time/confirm", first.ngo().requester(),
                Map.of("proposal", b.id().toString()))).hasStatusOk().bodyText()
                .contains("The expert already has other work at this time.", "id=\"date-error\"", day.toString());
        assertThat(assignments.get(second.assignment().id(), first.ngo().requester()).assignment().startsAt())
                .isNull();
    }

    @Test
    void theReminderIsSentTheDayBeforeAnAgreedTime() {
        var s = windowWork("Window reminder", 0, 3);
        Instant soon = Instant.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);

        times.set(s.assignment().id(), soon, soon.plus(1, ChronoUnit.HOURS), s.ngo().coordinator());

        var mailbox = new Mailbox(jdbc);
        await().atMost(Duration.ofSeconds(10)).until(() -> mailbox.mailsTo(s.ngo().expert().email()).stream()
                .map(Mailbox.Mail::subject)
                .filter(subject -> subject.startsWith("Muistutus: huomenna") || subject.contains("aika on sovittu"))
                .count() == 2);
    }

    /** The NGO's expert took fee-based work (with its agreement) to be done on a day between the given days. */
    private TestWork.Setting windowWork(String name, int fromDays, int toDays) {
        var ngo = pools.ngoPool(name + " NGO");
        return windowWorkOf(ngo, ngo.expert(), name, fromDays, toDays);
    }

    private TestWork.Setting windowWorkOf(TestPools.Pool ngo, CurrentUser expert, String title, int fromDays,
            int toDays) {
        WorkRequest request = requests.create(new NewWorkRequest(ngo.organisation().id(), ngo.organisation().id(),
                null, title, null, TaskType.TEACHING, List.of(), AreasRule.ANY, null, null, "fi", null, null,
                today.plusDays(fromDays), today.plusDays(toDays), false, "091", "Kirjastokatu 1", null, 1,
                FeeBasis.ORGANISATION_RATE, null, "Contact Person", null, null, null), ngo.requester());
        Offer offer = brokering.sendOffers(request.id(), List.of(expert.id()), Instant.now().plus(1, ChronoUnit.DAYS),
                ngo.coordinator()).getFirst();
        Assignment assignment = brokering.accept(offer.id(), brokering.agreementOffered(offer.id(), expert), expert);
        return new TestWork.Setting(ngo, null, request, assignment);
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResult post(String path, CurrentUser user,
            Map<String, String> params) {
        var request = mvc.post().uri(path).header("Accept-Language", "en").with(user(user)).with(csrf());
        params.forEach((k, v) -> request.param(k, v));
        return request.exchange();
    }

    private Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(HELSINKI).toInstant();
    }

    private static String utc(Instant at) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneId.of("UTC"))
                .format(at);
    }

    private Instant reminderDue(UUID assignmentId) {
        return jdbc.sql("select next_attempt_at from outbox_message where reference = :r and status = 'PENDING'")
                .param("r", "assignment-" + assignmentId + "-reminder").query(java.sql.Timestamp.class).single()
                .toInstant();
    }

    private int reminders(UUID assignmentId) {
        return jdbc.sql("select count(*) from outbox_message where reference = :r and status = 'PENDING'")
                .param("r", "assignment-" + assignmentId + "-reminder").query(Integer.class).single();
    }
}
