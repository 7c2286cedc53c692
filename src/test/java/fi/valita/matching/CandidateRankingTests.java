package fi.valita.matching;

import static fi.valita.matching.RankingScenario.names;
import static org.assertj.core.api.Assertions.assertThat;

import fi.valita.assignments.EarlierOffer;
import fi.valita.experts.EngagementForm;
import fi.valita.experts.ExpertProfile;
import fi.valita.experts.TaskType;
import fi.valita.requests.FeeBasis;
import fi.valita.requests.WorkRequest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The rules of ranking, on the pure core: who is never proposed, who ranks higher, and a stable order. */
class CandidateRankingTests {

    private final RankingScenario lapland = new RankingScenario();
    private final WorkRequest talk = lapland.talk().build();

    @Test
    void pausedExpertIsNeverProposed() {
        var resting = lapland.expert("Aino").onBreak().build();
        var working = lapland.expert("Bertta").build();

        Ranking ranking = lapland.rank(talk, resting, working);

        assertThat(names(ranking)).containsExactly("Bertta");
        assertLeftOut(ranking, resting, "matching.excluded.on-break", false);
    }

    @Test
    void nobodyIsProposedForWorkThatNoneOfTheirEngagementFormsAllows() {
        var volunteer = lapland.expert("Aino").engagedAs(EngagementForm.VOLUNTEER).build();
        var forAFee = lapland.expert("Bertta").engagedAs(EngagementForm.FEE_BASED_ASSIGNMENT).build();
        var employed = lapland.expert("Cecilia").engagedAs(EngagementForm.EMPLOYMENT).build();
        var unknown = lapland.expert("Daniel").engagedAs().build();
        WorkRequest volunteerWork = lapland.talk().paidAs(FeeBasis.VOLUNTEER).build();

        Ranking paid = lapland.rank(talk, volunteer, forAFee, employed, unknown);
        Ranking unpaid = lapland.rank(volunteerWork, volunteer, forAFee, employed, unknown);

        assertThat(names(paid)).containsExactlyInAnyOrder("Bertta", "Cecilia");
        assertLeftOut(paid, volunteer, "matching.excluded.form-not-for-paid-work", false);
        assertLeftOut(paid, unknown, "matching.excluded.no-engagement-form", false);
        assertThat(names(unpaid)).containsExactly("Aino");
        assertLeftOut(unpaid, forAFee, "matching.excluded.form-not-for-volunteer-work", false);
        assertLeftOut(unpaid, employed, "matching.excluded.form-not-for-volunteer-work", false);
        assertLeftOut(unpaid, unknown, "matching.excluded.no-engagement-form", false);
    }

    @Test
    void workActivityAndWorkTrialFitPaidAndVolunteerWorkAndTheUsualFormComesFirst() {
        var rehabilitation = lapland.expert("Aino").engagedAs(EngagementForm.REHABILITATIVE_WORK_ACTIVITY).build();
        var trial = lapland.expert("Bertta").engagedAs(EngagementForm.WORK_TRIAL).build();
        var several = lapland.expert("Cecilia").engagedAs(EngagementForm.SOCIAL_WELFARE_WORK_ACTIVITY,
                EngagementForm.VOLUNTEER, EngagementForm.FEE_BASED_ASSIGNMENT).build();

        Ranking paid = lapland.rank(talk, rehabilitation, trial, several);
        Ranking unpaid = lapland.rank(lapland.talk().paidAs(FeeBasis.VOLUNTEER).build(), rehabilitation, trial, several);

        assertThat(names(paid)).containsExactlyInAnyOrder("Aino", "Bertta", "Cecilia");
        assertThat(names(unpaid)).containsExactlyInAnyOrder("Aino", "Bertta", "Cecilia");
        assertThat(formsOf(paid, several)).containsExactly(EngagementForm.FEE_BASED_ASSIGNMENT,
                EngagementForm.SOCIAL_WELFARE_WORK_ACTIVITY);
        assertThat(formsOf(unpaid, several)).containsExactly(EngagementForm.VOLUNTEER,
                EngagementForm.SOCIAL_WELFARE_WORK_ACTIVITY);
        assertThat(formsOf(paid, rehabilitation)).containsExactly(EngagementForm.REHABILITATIVE_WORK_ACTIVITY);
    }

    private static List<EngagementForm> formsOf(Ranking ranking, ExpertProfile expert) {
        return ranking.candidates().stream().filter(c -> c.expertId().equals(expert.id())).findFirst().orElseThrow()
                .forms();
    }

    @Test
    void expertAlreadyBookedAtThatTimeIsNeverProposed() {
        var busy = lapland.expert("Aino").build();
        lapland.booked.add(busy.id());

        assertLeftOut(lapland.rank(talk, busy), busy, "matching.excluded.booked", false);
        assertThat(names(lapland.rank(lapland.talk().duringMarch().build(), busy)))
                .as("a window of days is agreed later, so a booking on one day does not rule anyone out")
                .containsExactly("Aino");
    }

    @Test
    void expertWhoAskedForVolunteerWorkOnlyIsNotProposedForFeeBasedWork() {
        var keepingTheirPension = lapland.expert("Aino").volunteerWorkOnlyUntil(RankingScenario.MONDAY).build();
        var forNow = lapland.expert("Bertta").volunteerWorkOnlyForNow().build();
        var working = lapland.expert("Cecilia").build();

        Ranking paid = lapland.rank(talk, keepingTheirPension, forNow, working);
        Ranking agreedSum = lapland.rank(lapland.talk().paidAs(FeeBasis.AGREED_SUM).build(), keepingTheirPension);
        Ranking volunteer = lapland.rank(lapland.talk().paidAs(FeeBasis.VOLUNTEER).build(), keepingTheirPension, forNow);

        assertThat(names(paid)).containsExactly("Cecilia");
        assertLeftOut(paid, keepingTheirPension, "matching.excluded.volunteer-only-until", false);
        assertLeftOut(paid, forNow, "matching.excluded.volunteer-only", false);
        assertThat(paid.notProposed()).filteredOn(n -> n.expertId().equals(keepingTheirPension.id())).singleElement()
                .extracting(n -> n.why().getFirst().args()).isEqualTo(List.of(RankingScenario.MONDAY));
        assertLeftOut(agreedSum, keepingTheirPension, "matching.excluded.volunteer-only-until", false);
        assertThat(names(volunteer)).as("volunteer work is still offered").containsExactlyInAnyOrder("Aino", "Bertta");
    }

    @Test
    void afterTheirVolunteerOnlyTimeEndsTheExpertIsProposedForFeeBasedWorkAgain() {
        var untilSunday = lapland.expert("Aino").volunteerWorkOnlyUntil(RankingScenario.MONDAY.minusDays(1)).build();

        assertThat(names(lapland.rank(talk, untilSunday))).containsExactly("Aino");
        assertThat(names(lapland.rank(lapland.talk().duringMarch().build(), untilSunday)))
                .as("a window of days counts from its first day").containsExactly("Aino");
        var untilMonday = lapland.expert("Bertta").volunteerWorkOnlyUntil(RankingScenario.MONDAY).build();
        assertThat(names(lapland.rank(lapland.talk().duringMarch().build(), untilMonday))).isEmpty();
    }

    @Test
    void expertAtTheirMonthlyLimitIsNeverProposed() {
        var full = lapland.expert("Aino").atMostPerMonth(2).build();
        var roomForOneMore = lapland.expert("Bertta").atMostPerMonth(3).build();
        lapland.workload(full, 2, 0);
        lapland.workload(roomForOneMore, 2, 0);

        Ranking ranking = lapland.rank(talk, full, roomForOneMore);

        assertThat(names(ranking)).containsExactly("Bertta");
        assertLeftOut(ranking, full, "matching.excluded.month-limit", false);
        assertThat(ranking.notProposed().getFirst().why().getFirst().args()).containsExactly(2, 2);
    }

    @Test
    void expertWhoseWeekWouldGoOverTheirHoursIsNeverProposed() {
        var nearlyFull = lapland.expert("Aino").atMostHoursPerWeek(8).build();
        var exactlyFull = lapland.expert("Bertta").atMostHoursPerWeek(8).build();
        lapland.workload(nearlyFull, 0, 6.5);
        lapland.workload(exactlyFull, 0, 6);

        Ranking ranking = lapland.rank(talk, nearlyFull, exactlyFull);

        assertThat(names(ranking)).as("6 h booked + 2 h talk = 8 h is within the limit").containsExactly("Bertta");
        assertLeftOut(ranking, nearlyFull, "matching.excluded.week-limit", false);
    }

    @Test
    void expertLackingTheLanguageIsNotProposedButMayBePickedByHand() {
        var finnishOnly = lapland.expert("Aino").speaks("fi").build();
        var bilingual = lapland.expert("Bertta").speaks("fi", "sv").build();

        Ranking ranking = lapland.rank(lapland.talk().inLanguage("sv").build(), finnishOnly, bilingual);

        assertThat(names(ranking)).containsExactly("Bertta");
        assertLeftOut(ranking, finnishOnly, "matching.excluded.language", true);
        assertThat(ranking.candidates().getFirst().reasons())
                .contains(new Reason("matching.reason.language", List.of(new Reason.Term("experts.language.sv"))));
    }

    @Test
    void onSiteWorkOutsideTheTravelRangeIsNotProposed() {
        var fromHelsinki = lapland.expert("Aino").livesIn("091").travelsUpTo(300).build();
        var fromKemi = lapland.expert("Bertta").livesIn("240").travelsUpTo(150).build();

        Ranking ranking = lapland.rank(talk, fromHelsinki, fromKemi);

        assertThat(names(ranking)).containsExactly("Bertta");
        assertLeftOut(ranking, fromHelsinki, "matching.excluded.travel", true);
        assertThat(ranking.candidates().getFirst().reasons()).contains(new Reason("matching.reason.distance", List.of(99L)));
    }

    @Test
    void remoteWorkIgnoresDistance() {
        var fromHelsinki = lapland.expert("Aino").livesIn("091").travelsUpTo(10).build();
        var fromRovaniemi = lapland.expert("Bertta").livesIn("698").build();
        WorkRequest remote = lapland.talk().remote().build();

        Ranking ranking = lapland.rank(remote, fromHelsinki, fromRovaniemi);

        assertThat(names(ranking)).containsExactlyInAnyOrder("Aino", "Bertta");
        assertThat(ranking.candidates()).extracting(Candidate::score).containsOnly(ranking.candidates().getFirst().score());
        assertThat(ranking.candidates().getFirst().reasons()).extracting(Reason::code)
                .contains("matching.reason.remote").doesNotContain("matching.reason.distance");
    }

    @Test
    void expertWhoDoesNotWorkRemotelyIsNotProposedForRemoteWork() {
        var onSiteOnly = lapland.expert("Aino").worksOnlyOnSite().build();

        assertLeftOut(lapland.rank(lapland.talk().remote().build(), onSiteOnly), onSiteOnly, "matching.excluded.no-remote", true);
        assertThat(names(lapland.rank(talk, onSiteOnly))).containsExactly("Aino");
    }

    @Test
    void expertWhoCancelledThisWorkIsLeftOutOfItButMayBePickedByHand() {
        var fellIll = lapland.expert("Aino").build();
        var calledOffByTheSchool = lapland.expert("Bertta").build();
        var other = lapland.expert("Cecilia").build();
        LocalDate friday = RankingScenario.MONDAY.minusDays(3);
        lapland.earlierOffer(fellIll, EarlierOffer.Outcome.CANCELLED_BY_EXPERT, friday);
        lapland.earlierOffer(calledOffByTheSchool, EarlierOffer.Outcome.CANCELLED_BY_OTHERS, friday);

        Ranking ranking = lapland.rank(talk, fellIll, calledOffByTheSchool, other);

        assertThat(names(ranking)).containsExactly("Cecilia");
        assertLeftOut(ranking, fellIll, "matching.excluded.cancelled-by-expert", true);
        assertLeftOut(ranking, calledOffByTheSchool, "matching.excluded.cancelled", true);
        assertThat(ranking.notProposed()).filteredOn(n -> n.expertId().equals(fellIll.id())).singleElement()
                .extracting(NotProposed::why).isEqualTo(List.of(new Reason("matching.excluded.cancelled-by-expert",
                        List.of(friday))));
    }

    @Test
    void cancellationWithoutAKnownDayIsStillLeftOutWithoutADate() {
        var fellIll = lapland.expert("Aino").build();
        lapland.earlierOffers.put(fellIll.id(), new EarlierOffer(fellIll.id(), EarlierOffer.Outcome.CANCELLED_BY_EXPERT, null));

        assertLeftOut(lapland.rank(talk, fellIll), fellIll, "matching.excluded.cancelled-by-expert.undated", true);
    }

    @Test
    void anExpertsStandingOfferOfThisWorkKeepsThemOutFirmly() {
        var waiting = lapland.expert("Aino").build();
        var declined = lapland.expert("Bertta").build();
        var expired = lapland.expert("Cecilia").build();
        var working = lapland.expert("Doris").build();
        lapland.earlierOffer(waiting, EarlierOffer.Outcome.WAITING, RankingScenario.MONDAY.minusDays(1));
        lapland.earlierOffer(declined, EarlierOffer.Outcome.DECLINED, RankingScenario.MONDAY.minusDays(5));
        lapland.earlierOffer(expired, EarlierOffer.Outcome.EXPIRED, RankingScenario.MONDAY.minusDays(5));
        lapland.earlierOffer(working, EarlierOffer.Outcome.TAKEN, RankingScenario.MONDAY.minusDays(5));

        Ranking ranking = lapland.rank(lapland.talk().duringMarch().build(), waiting, declined, expired, working);

        assertThat(ranking.candidates()).isEmpty();
        assertLeftOut(ranking, waiting, "matching.excluded.offer-waiting", false);
        assertLeftOut(ranking, declined, "matching.excluded.declined", false);
        assertLeftOut(ranking, expired, "matching.excluded.offer-expired", false);
        assertLeftOut(ranking, working, "matching.excluded.has-this-work", false);
    }

    @Test
    void workThatRequiresTrainingLeavesOutThoseWithoutAConfirmedOneButTheyMayBePickedByHand() {
        var confirmed = lapland.expert("Aino").trained().build();
        var ownWordOnly = lapland.expert("Bertta").declaresTraining().build();
        var untrained = lapland.expert("Cecilia").build();
        var expiredBeforeTheTalk = lapland.expert("Doris").trainedUntil(RankingScenario.MONDAY.minusDays(1)).build();
        lapland.trainingRequired.add(TaskType.STORY_LARGE_AUDIENCE);

        Ranking ranking = lapland.rank(talk, confirmed, ownWordOnly, untrained, expiredBeforeTheTalk);

        assertThat(names(ranking)).containsExactly("Aino");
        assertThat(candidate(ranking, confirmed).reasons()).extracting(Reason::code).contains("matching.reason.trained");
        assertLeftOut(ranking, ownWordOnly, "matching.excluded.training-unconfirmed", true);
        assertLeftOut(ranking, untrained, "matching.excluded.training-missing", true);
        assertLeftOut(ranking, expiredBeforeTheTalk, "matching.excluded.training-missing", true);
    }

    @Test
    void trainingRequiredForAnotherKindOfWorkChangesNothingButTheReasons() {
        var confirmed = lapland.expert("Aino").trained().build();
        var ownWordOnly = lapland.expert("Bertta").declaresTraining().build();
        var untrained = lapland.expert("Cecilia").build();
        lapland.trainingRequired.add(TaskType.PEER_SUPPORT_ONE_TO_ONE);

        Ranking ranking = lapland.rank(talk, confirmed, ownWordOnly, untrained);

        assertThat(names(ranking)).containsExactlyInAnyOrder("Aino", "Bertta", "Cecilia");
        assertThat(ranking.candidates()).extracting(Candidate::score).containsOnly(ranking.candidates().getFirst().score());
        assertThat(candidate(ranking, ownWordOnly).reasons()).extracting(Reason::code)
                .contains("matching.reason.training-self-declared").doesNotContain("matching.reason.trained");
        assertThat(candidate(ranking, untrained).reasons()).extracting(Reason::code)
                .doesNotContain("matching.reason.trained", "matching.reason.training-self-declared");
    }

    @Test
    void nearerExpertRanksHigherOnSite() {
        var fromSodankyla = lapland.expert("Aino").livesIn("758").build();
        var fromRovaniemi = lapland.expert("Bertta").livesIn("698").build();
        var homeUnknown = lapland.expert("Cecilia").livesIn(null).build();

        Ranking ranking = lapland.rank(talk, fromSodankyla, homeUnknown, fromRovaniemi);

        assertThat(names(ranking)).containsExactly("Bertta", "Aino", "Cecilia");
        assertThat(ranking.candidates().getLast().reasons()).extracting(Reason::code)
                .contains("matching.reason.distance-unknown");
    }

    @Test
    void weeklyTimesMustCoverTheWholeTalk() {
        var morningOnly = lapland.expert("Aino").availableOn(DayOfWeek.MONDAY, 8, 11).build();
        var backToBack = lapland.expert("Bertta").availableOn(DayOfWeek.MONDAY, 12, 14)
                .availableOn(DayOfWeek.MONDAY, 9, 12).build();
        var otherDay = lapland.expert("Cecilia").availableOn(DayOfWeek.TUESDAY, 8, 16).build();
        var notTold = lapland.expert("Doris").build();

        Ranking ranking = lapland.rank(talk, morningOnly, backToBack, otherDay, notTold);

        assertThat(names(ranking)).containsExactlyInAnyOrder("Bertta", "Doris");
        assertThat(ranking.notProposed()).extracting(NotProposed::displayName).containsExactly("Aino", "Cecilia");
        assertThat(ranking.notProposed()).allSatisfy(n -> assertThat(n.pickableByHand()).isTrue());
        assertThat(candidate(ranking, notTold).reasons()).extracting(Reason::code)
                .contains("matching.reason.availability-not-told");
        assertThat(candidate(ranking, backToBack).reasons()).extracting(Reason::code).contains("matching.reason.available");
        assertThat(names(lapland.rank(lapland.talk().duringMarch().build(), morningOnly, otherDay)))
                .as("a window request skips the weekly times").hasSize(2);
    }

    @Test
    void workOverMidnightIsNeverInsideAWeeklyPattern() {
        var evenings = lapland.expert("Aino").availableOn(DayOfWeek.MONDAY, 18, 23).build();
        WorkRequest night = lapland.talk().at(LocalDateTime.of(2026, 3, 2, 22, 0), LocalDateTime.of(2026, 3, 3, 1, 0)).build();

        assertLeftOut(lapland.rank(night, evenings), evenings, "matching.excluded.unavailable", true);
    }

    @Test
    void closedAccountOrAPoolThatNoLongerServesTheRequesterRulesOut() {
        var neverSignedIn = lapland.expert("Aino").build();
        lapland.inactive.add(neverSignedIn.id());
        assertLeftOut(lapland.rank(talk, neverSignedIn), neverSignedIn, "matching.excluded.inactive", false);

        var expert = lapland.expert("Bertta").build();
        lapland.serving.clear();
        assertLeftOut(lapland.rank(talk, expert), expert, "matching.excluded.not-serving", false);
    }

    @Test
    void expertsOfAnotherPoolAreIgnored() {
        var other = new RankingScenario().expert("Stranger").build();

        Ranking ranking = lapland.rank(talk, other);

        assertThat(ranking.candidates()).isEmpty();
        assertThat(ranking.notProposed()).isEmpty();
    }

    @Test
    void areaCountsOnlyIfTheExpertSharedItForMatching() {
        UUID mentalHealth = UUID.randomUUID();
        var shared = lapland.expert("Aino").sharedArea(mentalHealth).build();
        var keptPrivate = lapland.expert("Bertta").privateArea(mentalHealth).build();
        var without = lapland.expert("Cecilia").build();
        WorkRequest request = lapland.talk().wantingAny(mentalHealth).build();

        Ranking ranking = lapland.rank(request, shared, keptPrivate, without);

        assertThat(names(ranking)).first().isEqualTo("Aino");
        assertThat(candidate(ranking, keptPrivate).score()).isEqualTo(candidate(ranking, without).score());
        assertThat(candidate(ranking, shared).reasons())
                .contains(new Reason("matching.reason.area", List.of(new Reason.Area(mentalHealth))));
        assertThat(candidate(ranking, keptPrivate).reasons()).extracting(Reason::code).doesNotContain("matching.reason.area");
    }

    @Test
    void oneWantedAreaIsEnoughUnderAnyButEveryAreaCountsUnderAll() {
        UUID substances = UUID.randomUUID();
        UUID homelessness = UUID.randomUUID();
        var one = lapland.expert("Aino").sharedArea(substances).build();
        var both = lapland.expert("Bertta").sharedArea(substances).sharedArea(homelessness).build();

        Ranking any = lapland.rank(lapland.talk().wantingAny(substances, homelessness).build(), one, both);
        Ranking all = lapland.rank(lapland.talk().wantingAll(substances, homelessness).build(), one, both);

        assertThat(candidate(any, one).score()).isEqualTo(candidate(any, both).score());
        assertThat(names(all)).containsExactly("Bertta", "Aino");
        assertThat(candidate(all, one).reasons()).contains(new Reason("matching.reason.areas-partial", List.of(1, 2)));
    }

    @Test
    void expertWhoWantsThisKindOfTaskRanksHigher() {
        var storyteller = lapland.expert("Aino").wants(TaskType.STORY_LARGE_AUDIENCE).build();
        var peer = lapland.expert("Bertta").wants(TaskType.PEER_SUPPORT_ONE_TO_ONE).build();

        Ranking ranking = lapland.rank(talk, peer, storyteller);

        assertThat(names(ranking)).containsExactly("Aino", "Bertta");
        assertThat(candidate(ranking, peer).reasons()).extracting(Reason::code).contains("matching.reason.task-not-listed");
    }

    @Test
    void fewerRecentAssignmentsRankHigher() {
        var busy = lapland.expert("Aino").build();
        var some = lapland.expert("Bertta").build();
        var rested = lapland.expert("Cecilia").build();
        lapland.recentAssignments(busy, 4);
        lapland.recentAssignments(some, 1);

        Ranking ranking = lapland.rank(talk, busy, some, rested);

        assertThat(names(ranking)).containsExactly("Cecilia", "Bertta", "Aino");
        assertThat(candidate(ranking, busy).reasons()).contains(new Reason("matching.reason.recent", List.of(4)));
    }

    @Test
    void rotationWeightZeroIgnoresRecentWork() {
        var busy = lapland.expert("Aino").build();
        var rested = lapland.expert("Bertta").build();
        lapland.recentAssignments(busy, 4);
        lapland.weights = new MatchingWeights(40, 25, 15, 0, 10);

        Ranking ranking = lapland.rank(talk, busy, rested);

        assertThat(candidate(ranking, busy).score()).isEqualTo(candidate(ranking, rested).score());
    }

    @Test
    void goodRatingFromTheSameRequesterLiftsAndNoRatingPushesDown() {
        var ratedWell = lapland.expert("Aino").build();
        var ratedPoorly = lapland.expert("Bertta").build();
        var notRated = lapland.expert("Cecilia").build();
        lapland.ratings.put(ratedWell.id(), 5);
        lapland.ratings.put(ratedPoorly.id(), 1);

        Ranking ranking = lapland.rank(talk, notRated, ratedPoorly, ratedWell);

        assertThat(names(ranking)).first().isEqualTo("Aino");
        assertThat(candidate(ranking, ratedPoorly).score()).isEqualTo(candidate(ranking, notRated).score());
        assertThat(candidate(ranking, ratedWell).reasons()).contains(new Reason("matching.reason.rated", List.of(5)));
        assertThat(candidate(ranking, ratedPoorly).reasons()).extracting(Reason::code).doesNotContain("matching.reason.rated");
    }

    @Test
    void ratingFromAnotherRequesterDoesNotCount() {
        var ratedElsewhere = lapland.expert("Aino").build();
        var notRated = lapland.expert("Bertta").build();
        lapland.ratings.put(ratedElsewhere.id(), 5);
        WorkRequest fromAnotherRequester = new RankingScenario().talk().build();
        var elsewhere = withRequester(fromAnotherRequester);

        Ranking ranking = lapland.rank(elsewhere, ratedElsewhere, notRated);

        assertThat(candidate(ranking, ratedElsewhere).score()).isEqualTo(candidate(ranking, notRated).score());
    }

    @Test
    void equalScoresAreOrderedByExpertId() {
        List<ExpertProfile> twins = IntStream.range(0, 8).mapToObj(i -> lapland.expert("Twin " + i).build()).toList();

        Ranking ranking = lapland.rank(talk, twins);

        assertThat(ranking.candidates()).extracting(Candidate::expertId)
                .containsExactlyElementsOf(twins.stream().map(ExpertProfile::id).sorted().toList());
    }

    @Test
    void shuffledInputGivesTheSameOrder() {
        UUID area = UUID.randomUUID();
        List<ExpertProfile> pool = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            var sketch = lapland.expert("Expert " + i).livesIn(i % 3 == 0 ? "240" : "698");
            if (i % 2 == 0) {
                sketch.sharedArea(area);
            }
            var expert = sketch.build();
            lapland.recentAssignments(expert, i % 4);
            pool.add(expert);
        }
        WorkRequest request = lapland.talk().wantingAny(area).build();
        List<UUID> first = lapland.rank(request, pool).candidates().stream().map(Candidate::expertId).toList();

        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            List<ExpertProfile> shuffled = new ArrayList<>(pool);
            Collections.shuffle(shuffled, random);
            assertThat(lapland.rank(request, shuffled).candidates()).extracting(Candidate::expertId).containsExactlyElementsOf(first);
        }
        assertThat(lapland.rank(request, pool).candidates()).isSortedAccordingTo(
                Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::expertId));
    }

    private WorkRequest withRequester(WorkRequest other) {
        return new WorkRequest(talk.id(), talk.poolOrganisationId(), other.requesterOrganisationId(), null, talk.createdBy(),
                talk.title(), null, talk.taskType(), talk.wantedAreas(), talk.areasRule(), null, null, talk.language(),
                talk.startsAt(), talk.endsAt(), null, null, false, talk.municipalityCode(), talk.address(), null, 1,
                talk.feeBasis(), null, talk.contactName(), null, null, null, talk.status(), null, 0, talk.createdAt());
    }

    private static Candidate candidate(Ranking ranking, ExpertProfile expert) {
        return ranking.candidates().stream().filter(c -> c.expertId().equals(expert.id())).findFirst().orElseThrow();
    }

    private static void assertLeftOut(Ranking ranking, ExpertProfile expert, String reason, boolean pickableByHand) {
        assertThat(ranking.candidates()).extracting(Candidate::expertId).doesNotContain(expert.id());
        NotProposed left = ranking.notProposed().stream().filter(n -> n.expertId().equals(expert.id())).findFirst().orElseThrow();
        assertThat(left.why()).extracting(Reason::code).contains(reason);
        assertThat(left.pickableByHand()).isEqualTo(pickableByHand);
    }
}
