package fi.valita.api;

import static fi.valita.api.Bearer.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.jayway.jsonpath.JsonPath;
import fi.valita.SqlStatements;
import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.experts.Availability;
import fi.valita.experts.ContactDetails;
import fi.valita.experts.ExperienceArea;
import fi.valita.experts.ExperienceRelation;
import fi.valita.experts.ExpertPool;
import fi.valita.experts.LivedExperience;
import fi.valita.experts.NewTraining;
import fi.valita.experts.PublicPresentation;
import fi.valita.experts.TaskType;
import fi.valita.experts.TrainingKind;
import fi.valita.experts.WeeklySlot;
import fi.valita.experts.WorkPreferences;
import fi.valita.identity.CurrentUser;
import fi.valita.identity.Role;
import java.io.UnsupportedEncodingException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The pool's experts over the API: what the list and profile pages show its coordinators, and no more. */
@ValitaTest
class ApiExpertsTests {

    private static final Pattern PROFILE_LINK = Pattern.compile("href=\"/experts/([0-9a-f-]{36})/profile\"");

    @Autowired MockMvcTester mvc;
    @Autowired TestPools pools;
    @Autowired ApiTokens tokens;
    @Autowired ExpertPool expertPool;
    @Autowired JdbcClient jdbc;

    @Test
    void eachFilterListsTheExpertsTheListPageShows() {
        var ngo = pools.ngoPool("Api expert filters");
        UUID gambling = area(ngo, "gambling");
        var aino = expert(ngo, "Aino Aaltonen", "698", Set.of("fi", "se"), TaskType.TEACHING);
        var training = expertPool.addTraining(aino.id(), 2, new NewTraining(TrainingKind.EXPERT_TRAINING,
                "Kokemusasiantuntijakoulutus", null, LocalDate.now().minusYears(1), null), aino);
        expertPool.confirmTraining(aino.id(), 3, training.id(), ngo.coordinator());
        var bertil = expert(ngo, "Bertil Berg", "091", Set.of("sv"), TaskType.PEER_SUPPORT_ONE_TO_ONE);
        expertPool.changeAvailability(bertil.id(), 2, new Availability(List.of(), true, null, null, null), bertil);
        var cecilia = expert(ngo, "Cecilia Cederholm", "698", Set.of("fi"), TaskType.LOBBY_PRESENCE);
        expertPool.changeExperiences(cecilia.id(), 2, List.of(new LivedExperience(gambling, ExperienceRelation.OWN, true)),
                cecilia);
        String token = tokens.issue(ngo.coordinator(), "test").secret();

        assertThat(apiIds("", token)).containsExactlyInAnyOrderElementsOf(pageIds("", ngo.coordinator()))
                .contains(aino.id().toString(), bertil.id().toString(), cecilia.id().toString(), ngo.expert().id().toString());
        assertThat(apiIds("language=sv", token)).containsExactly(bertil.id().toString());
        for (String filter : List.of("municipality=698", "language=se", "taskType=LOBBY_PRESENCE", "trained=true",
                "trained=false", "onBreak=true", "onBreak=false", "area=" + gambling, "name=BERT",
                "municipality=698&taskType=TEACHING")) {
            assertThat(apiIds(filter, token)).as(filter).isNotEmpty()
                    .containsExactlyInAnyOrderElementsOf(pageIds(filter, ngo.coordinator()));
        }
    }

    @Test
    void aRowHasCodesForProgramsAndTheMunicipalityInTheCallersLanguage() {
        var ngo = pools.ngoPool("Api expert rows");
        var aino = expert(ngo, "Aino Aaltonen", "638", Set.of("sv", "fi"), TaskType.EXPERIENCE_EVALUATION);
        String token = tokens.issue(ngo.coordinator(), "test").secret();

        MvcTestResult swedish = mvc.get().uri("/api/v1/experts?name=Aino").with(bearer(token))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "sv").exchange();
        assertThat(swedish).hasStatusOk().bodyText().contains("\"id\":\"" + aino.id() + "\"",
                "\"displayName\":\"Aino Aaltonen\"", "\"homeMunicipalityCode\":\"638\"", "\"homeMunicipality\":\"Borgå\"",
                "\"languages\":[\"fi\",\"sv\"]", "\"taskTypes\":[\"EXPERIENCE_EVALUATION\"]", "\"trained\":false",
                "\"onBreak\":false", "\"accountActive\":true", "\"next\":null");
        assertThat(mvc.get().uri("/api/v1/experts?name=Aino").with(bearer(token)).header(HttpHeaders.ACCEPT_LANGUAGE, "fi"))
                .bodyText().contains("\"homeMunicipality\":\"Porvoo\"").doesNotContain("phone", "email");
    }

    @Test
    void threePagesOverGeneratedExpertsHaveNoDuplicatesOrGapsInAStableOrder() {
        var ngo = pools.ngoPool("Api expert pages");
        for (String name : List.of("Hanna", "eeva", "Fanni", "Sama Nimi", "Sama Nimi", "Ilona", "Aaro")) {
            pools.person(ngo.organisation().id(), Role.EXPERT, name);
        }
        String token = tokens.issue(ngo.coordinator(), "test").secret();
        List<String> whole = apiIds("", token);
        assertThat(whole).hasSize(8);

        List<String> walked = walk(token, 3, null);

        assertThat(walked).containsExactlyElementsOf(whole).doesNotHaveDuplicates();
        assertThat(names(whole, token)).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        assertThat(walk(token, 3, null)).as("the same walk twice").containsExactlyElementsOf(walked);
    }

    @Test
    void anExpertJoiningBetweenPagesIsNeitherRepeatedNorSkippingOthers() {
        var ngo = pools.ngoPool("Api expert joins");
        for (String name : List.of("Anna", "Bea", "Cilla", "Doris", "Elsa")) {
            pools.person(ngo.organisation().id(), Role.EXPERT, name);
        }
        String token = tokens.issue(ngo.coordinator(), "test").secret();
        MvcTestResult first = list("limit=3", token);
        List<String> seen = new ArrayList<>(ids(first));

        pools.person(ngo.organisation().id(), Role.EXPERT, "Aada"); // sorts before the page already read
        seen.addAll(walk(token, 3, JsonPath.read(body(first), "$.next")));

        List<String> before = new ArrayList<>(apiIds("", token));
        before.removeIf(id -> names(List.of(id), token).equals(List.of("Aada")));
        assertThat(seen).doesNotHaveDuplicates().containsExactlyElementsOf(before);
    }

    @Test
    void aLimitOrCursorOrFilterNotUnderstoodIsA400NamingIt() {
        var ngo = pools.ngoPool("Api expert bad params");
        var other = pools.ngoPool("Api expert other vocabulary");
        String token = tokens.issue(ngo.coordinator(), "test").secret();

        for (String query : List.of("limit=0", "limit=201", "limit=ten", "cursor=not-a-cursor", "taskType=JUGGLING",
                "trained=maybe", "municipality=999", "language=xx", "area=not-an-id", "area=" + area(other, "gambling"))) {
            String field = query.substring(0, query.indexOf('='));
            assertThat(list(query, token)).as(query).hasStatus(HttpStatus.BAD_REQUEST)
                    .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .bodyJson().extractingPath("$.errors[0].field").isEqualTo(field);
        }
        assertThat(list("limit=200&municipality=&cursor=", token)).as("empty is left out, as on the page").hasStatusOk();
    }

    @Test
    void theSqlStatementsOfAPageDoNotGrowWithItsRows() {
        var small = pools.ngoPool("Api expert statements small");
        var large = pools.ngoPool("Api expert statements large");
        for (int i = 0; i < 12; i++) {
            var expert = expert(large, "Expert " + i, "698", Set.of("fi"), TaskType.TEACHING);
            expertPool.addTraining(expert.id(), 2, new NewTraining(TrainingKind.FIRST_AID, "EA1", null,
                    LocalDate.now().minusYears(1), null), expert);
        }
        String smallToken = tokens.issue(small.coordinator(), "test").secret();
        String largeToken = tokens.issue(large.coordinator(), "test").secret();
        list("", smallToken);
        list("", largeToken);

        int forOne = SqlStatements.countedWhile(() -> assertThat(list("limit=200", smallToken)).hasStatusOk());
        int forThirteen = SqlStatements.countedWhile(() -> assertThat(list("limit=200", largeToken)).hasStatusOk());

        assertThat(apiIds("", largeToken)).hasSize(13);
        assertThat(forOne).isPositive();
        assertThat(forThirteen).isEqualTo(forOne);
    }

    @Test
    void theProfileIsWhatThePageShowsAndOpeningItIsLoggedAsOpeningThePage() {
        var ngo = pools.ngoPool("Api expert profile");
        var aino = expert(ngo, "Aino Aaltonen", "698", Set.of("fi"), TaskType.TEACHING);
        UUID gambling = area(ngo, "gambling");
        UUID homelessness = area(ngo, "homelessness");
        expertPool.changeExperiences(aino.id(), 2, List.of(new LivedExperience(gambling, ExperienceRelation.OWN, true),
                new LivedExperience(homelessness, ExperienceRelation.CLOSE_RELATIVE, false)), aino);
        expertPool.changeAvailability(aino.id(), 3, new Availability(List.of(new WeeklySlot(DayOfWeek.TUESDAY,
                LocalTime.of(9, 0), LocalTime.of(12, 0))), false, null, 4, null), aino);
        expertPool.changePresentation(aino.id(), 4, new PublicPresentation("Hei, olen Aino.", true, false), aino);
        String token = tokens.issue(ngo.coordinator(), "test").secret();

        MvcTestResult profile = mvc.get().uri("/api/v1/experts/{id}", aino.id()).with(bearer(token))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en").exchange();

        assertThat(profile).hasStatusOk().bodyText().contains("\"displayName\":\"Aino Aaltonen\"",
                "\"email\":\"" + aino.email() + "\"", "\"homeMunicipality\":\"Rovaniemi\"", "\"taskTypes\":[\"TEACHING\"]",
                "\"day\":\"TUESDAY\"", "\"maxAssignmentsPerMonth\":4", "\"introduction\":\"Hei, olen Aino.\"",
                "\"visibleToRequesters\":true");
        assertThat(values(profile, "$.experiences[*].areaId")).containsExactlyInAnyOrder(gambling.toString(), homelessness.toString());
        assertThat(values(profile, "$.experiences[?(@.code == 'gambling')].sharedForMatching")).containsExactly(true);
        assertThat(values(profile, "$.experiences[?(@.code == 'homelessness')].sharedForMatching")).containsExactly(false);
        assertThat(values(profile, "$.experiences[?(@.code == 'homelessness')].closeRelative")).containsExactly(true);
        assertThat(values(profile, "$.experiences[?(@.code == 'homelessness')].name")).containsExactly(
                expertPool.areasOf(ngo.coordinator()).stream().filter(a -> a.id().equals(homelessness)).findFirst().orElseThrow()
                        .nameEn());
        assertThat(accessLog(aino, ngo.coordinator())).containsExactly("VIEW");

        assertThat(mvc.get().uri("/experts/{id}/profile", aino.id()).with(user(ngo.coordinator()))).hasStatusOk();
        assertThat(accessLog(aino, ngo.coordinator())).as("the page writes the same entry").containsExactly("VIEW", "VIEW");
        assertThat(list("", token)).hasStatusOk();
        assertThat(accessLog(aino, ngo.coordinator())).as("the list is not a look at anyone's profile").hasSize(2);
    }

    @Test
    void anotherOrganisationsExpertIsNotFoundAndNotLogged() {
        var ngo = pools.ngoPool("Api expert owner");
        var other = pools.ngoPool("Api expert stranger");
        String stranger = tokens.issue(other.coordinator(), "test").secret();

        assertThat(mvc.get().uri("/api/v1/experts/{id}", ngo.expert().id()).with(bearer(stranger)))
                .hasStatus(HttpStatus.NOT_FOUND).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.get().uri("/api/v1/experts/{id}", "not-an-id").with(bearer(stranger)))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/api/v1/experts/{id}", ngo.expert().id()).with(Bearer.as(other.admin(), tokens)))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(apiIds("", stranger)).doesNotContain(ngo.expert().id().toString())
                .contains(other.expert().id().toString());
        assertThat(accessLog(ngo.expert(), other.coordinator())).isEmpty();
    }

    @Test
    void expertsAndRequestersAreRefusedAndAdminsMayLookAsOnThePages() {
        var ngo = pools.ngoPool("Api expert roles");

        for (CurrentUser refused : List.of(ngo.expert(), ngo.requester())) {
            String token = tokens.issue(refused, "test").secret();
            assertThat(list("", token)).as("%s", refused.role()).hasStatus(HttpStatus.FORBIDDEN)
                    .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(mvc.get().uri("/api/v1/experts/{id}", ngo.expert().id()).with(bearer(token)))
                    .as("%s", refused.role()).hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(mvc.get().uri("/api/v1/experts")).hasStatus(HttpStatus.UNAUTHORIZED);
        String admin = tokens.issue(ngo.admin(), "test").secret();
        assertThat(apiIds("", admin)).contains(ngo.expert().id().toString());
        assertThat(mvc.get().uri("/api/v1/experts/{id}", ngo.expert().id()).with(bearer(admin))).hasStatusOk();
    }

    /** Follows next from the cursor (the start when null) to the last page, {@code limit} rows a page. */
    private List<String> walk(String token, int limit, @Nullable String cursor) {
        List<String> ids = new ArrayList<>();
        String next = cursor;
        do {
            MvcTestResult page = list("limit=" + limit + (next == null ? "" : "&cursor=" + next), token);
            assertThat(page).hasStatusOk();
            List<String> rows = ids(page);
            assertThat(rows.size()).isBetween(1, limit);
            ids.addAll(rows);
            next = JsonPath.read(body(page), "$.next");
        } while (next != null);
        return ids;
    }

    private List<String> apiIds(String filter, String token) {
        MvcTestResult answer = list("limit=200" + (filter.isEmpty() ? "" : "&" + filter), token);
        assertThat(answer).hasStatusOk().bodyJson().extractingPath("$.next").isNull();
        return ids(answer);
    }

    private List<String> names(List<String> ids, String token) {
        return ids.stream().map(id -> JsonPath.<String>read(body(mvc.get().uri("/api/v1/experts/{id}", id)
                .with(bearer(token)).exchange()), "$.displayName")).toList();
    }

    private Set<String> pageIds(String filter, CurrentUser coordinator) {
        var page = mvc.get().uri("/experts?" + filter).header("HX-Request", "true").with(user(coordinator)).exchange();
        assertThat(page).hasStatusOk();
        Set<String> ids = new LinkedHashSet<>();
        PROFILE_LINK.matcher(body(page)).results().forEach(m -> ids.add(m.group(1)));
        return ids;
    }

    private MvcTestResult list(String query, String token) {
        return mvc.get().uri("/api/v1/experts" + (query.isEmpty() ? "" : "?" + query)).with(bearer(token)).exchange();
    }

    private List<String> accessLog(CurrentUser expert, CurrentUser viewer) {
        return jdbc.sql("select action from expert_access_log where expert_id = :e and viewer_id = :v order by accessed_at")
                .param("e", expert.id()).param("v", viewer.id()).query(String.class).list();
    }

    private CurrentUser expert(TestPools.Pool ngo, String name, String municipality, Set<String> languages, TaskType task) {
        CurrentUser expert = pools.person(ngo.organisation().id(), Role.EXPERT, name);
        expertPool.changeContact(expert.id(), 0, new ContactDetails(name, expert.email(), "+358 40 123 4567", municipality,
                languages, false, null), expert);
        expertPool.changeWork(expert.id(), 1, new WorkPreferences(Set.of(task), Set.of()), expert);
        return expert;
    }

    private UUID area(TestPools.Pool ngo, String code) {
        return expertPool.areasOf(ngo.coordinator()).stream().filter(a -> a.code().equals(code))
                .map(ExperienceArea::id).findFirst().orElseThrow();
    }

    private static List<Object> values(MvcTestResult answer, String path) {
        return JsonPath.read(body(answer), path);
    }

    private static List<String> ids(MvcTestResult answer) {
        return values(answer, "$.experts[*].id").stream().map(String::valueOf).toList();
    }

    private static String body(MvcTestResult answer) {
        try {
            return answer.getResponse().getContentAsString();
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
