package fi.valita.demo;

import fi.valita.assignments.Brokering;
import fi.valita.experts.TaskType;
import fi.valita.identity.CurrentUser;
import fi.valita.identity.Identity;
import fi.valita.identity.UserAccount;
import fi.valita.requests.AreasRule;
import fi.valita.requests.FeeBasis;
import fi.valita.requests.NewWorkRequest;
import fi.valita.requests.WorkRequest;
import fi.valita.requests.WorkRequests;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Fictional work requests at every stage, so that each demo account has something to do at once:
 * the coordinator's inbox has new and offered requests, the demo expert has an offer to answer and
 * an agreed assignment, the demo requester follows their requests. Times are relative to loading.
 */
@Component
class DemoBrokering {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private final WorkRequests requests;
    private final Brokering brokering;
    private final Identity identity;
    private final Clock clock;

    DemoBrokering(WorkRequests requests, Brokering brokering, Identity identity, Clock clock) {
        this.requests = requests;
        this.brokering = brokering;
        this.identity = identity;
        this.clock = clock;
    }

    /** Returns how many requests were made; {@code people} are the demo accounts by e-mail address. */
    int load(Map<String, UserAccount> people) {
        CurrentUser requester = user(people, "requester@demo.example");
        CurrentUser kalasatama = user(people, "requester.kalasatama@demo.example");
        CurrentUser coordinator = user(people, "coordinator@demo.example");
        CurrentUser laura = user(people, "expert@demo.example");
        CurrentUser pekka = user(people, "pekka.korhonen@demo.example");
        CurrentUser satu = user(people, "satu.heinonen@demo.example");
        CurrentUser school = user(people, "requester.koulu@demo.example");
        CurrentUser tampere = user(people, "requester.tampere@demo.example");

        requests.create(request(requester, TaskType.STORY_LARGE_AUDIENCE,
                "Toipumistarina sairaanhoitajaopiskelijoille", "Sairaanhoitajaopiskelijat", 80,
                at(3, 9), 2, "091", "Malmin psykiatria- ja päihdekeskus, auditorio"), requester);
        WorkRequest groups = requests.create(window(kalasatama, TaskType.GROUP_FACILITATION_WITH_PROFESSIONAL,
                "Vertaisryhmä masennuksesta toipuville, syksyn kerrat", "Terveysaseman asiakkaat ryhmänä", 12, 14, 35,
                "091"), kalasatama);
        requests.startMatching(groups.id(), coordinator);

        WorkRequest lobby = requests.create(request(requester, TaskType.LOBBY_PRESENCE,
                "Aulatoiminta poliklinikan odotustilassa", "Poliklinikan asiakkaat ja läheiset", null,
                at(10, 12), 4, "091", "Malmin psykiatria- ja päihdekeskus, aula"), requester);
        brokering.sendOffers(lobby.id(), List.of(laura.id(), pekka.id()), at(7, 16), coordinator);

        WorkRequest lecture = requests.create(request(kalasatama, TaskType.TEACHING,
                "Kokemustieto osaksi hoitotyötä: koulutus henkilöstölle", "Terveysaseman hoitajat", 25,
                at(14, 13), 2, "091", "Kalasataman terveys- ja hyvinvointikeskus, neuvotteluhuone 2"), kalasatama);
        var offers = brokering.sendOffers(lecture.id(), List.of(laura.id(), satu.id()), at(9, 16), coordinator);
        brokering.accept(offers.getFirst().id(), laura);

        requests.create(remote(school, TaskType.STORY_LARGE_AUDIENCE,
                "Etäluento päihdetyön opiskelijoille", "Päihdetyön opiskelijat", 30, at(12, 10), 2), school);
        requests.create(window(tampere, TaskType.PEER_SUPPORT_ONE_TO_ONE,
                "Vertaistuki aikuissosiaalityön asiakkaalle (Aito Välittäjä)", "Aikuissosiaalityön asiakas", null, 7, 60,
                "837"), tampere);
        return 6;
    }

    private NewWorkRequest request(CurrentUser by, TaskType task, String title, String group, @Nullable Integer audience,
            Instant start, int hours, String municipality, String address) {
        return new NewWorkRequest(poolOf(by), by.organisationId(), unitOf(identity, by), title, null, task, List.of(), AreasRule.ANY,
                group, audience, "fi", start, start.plus(hours, ChronoUnit.HOURS), null, null, false, municipality, address,
                null, 1, FeeBasis.ORGANISATION_RATE, null, by.displayName(), null, by.email(), null);
    }

    private NewWorkRequest remote(CurrentUser by, TaskType task, String title, String group, int audience, Instant start,
            int hours) {
        return new NewWorkRequest(poolOf(by), by.organisationId(), unitOf(identity, by), title, null, task, List.of(), AreasRule.ANY,
                group, audience, "fi", start, start.plus(hours, ChronoUnit.HOURS), null, null, true, null, null, null, 1,
                FeeBasis.AGREED_SUM, 15000L, by.displayName(), null, by.email(), null);
    }

    private NewWorkRequest window(CurrentUser by, TaskType task, String title, String group, @Nullable Integer audience,
            int fromDays, int toDays, String municipality) {
        LocalDate today = LocalDate.now(clock.withZone(HELSINKI));
        return new NewWorkRequest(poolOf(by), by.organisationId(), unitOf(identity, by), title, null, task, List.of(), AreasRule.ANY,
                group, audience, "fi", null, null, today.plusDays(fromDays), today.plusDays(toDays), false, municipality,
                null, null, 1, FeeBasis.ORGANISATION_RATE, null, by.displayName(), null, by.email(), null);
    }

    /** The requester's own unit: their organisation's requests are for it (Helsinki's requesters belong to one). */
    static @Nullable UUID unitOf(Identity identity, CurrentUser requester) {
        return identity.account(requester.id()).map(UserAccount::unitId).orElse(null);
    }

    private UUID poolOf(CurrentUser requester) {
        return requests.poolsFor(requester).getFirst();
    }

    private Instant at(int days, int hour) {
        return LocalDate.now(clock.withZone(HELSINKI)).plusDays(days).atTime(LocalTime.of(hour, 0)).atZone(HELSINKI).toInstant();
    }

    static CurrentUser user(Map<String, UserAccount> people, String email) {
        UserAccount a = people.get(email);
        if (a == null) {
            throw new IllegalStateException("Demo account missing: " + email);
        }
        return new CurrentUser(a.id(), a.organisationId(), a.email(), a.displayName(), a.role(), true, "{noop}demo");
    }
}
