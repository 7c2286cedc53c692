package fi.valita.requests.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.valita.identity.CurrentUser;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** A filled-in request form, posted as a browser would; each test changes only what it is about. */
final class RequestFormPosts {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private final MockMvcTester mvc;
    private final Map<String, String> fields = new LinkedHashMap<>();

    private RequestFormPosts(MockMvcTester mvc) {
        this.mvc = mvc;
    }

    /** A talk in ten days at 9–11 in Rovaniemi, for the given pool. */
    static RequestFormPosts talk(MockMvcTester mvc, UUID pool) {
        var post = new RequestFormPosts(mvc);
        post.fields.putAll(Map.ofEntries(
                Map.entry("poolOrganisationId", pool.toString()),
                Map.entry("title", "Recovery story for nursing students"),
                Map.entry("description", "A talk of about 45 minutes and questions."),
                Map.entry("taskType", "STORY_LARGE_AUDIENCE"),
                Map.entry("areasRule", "ANY"),
                Map.entry("targetGroup", "Nursing students"),
                Map.entry("audienceSize", "40"),
                Map.entry("language", "fi"),
                Map.entry("timing", "FIXED"),
                Map.entry("date", inDays(10).toString()),
                Map.entry("startTime", "09:00"),
                Map.entry("endTime", "11:00"),
                Map.entry("place", "ON_SITE"),
                Map.entry("municipalityCode", "698"),
                Map.entry("address", "Jokiväylä 11"),
                Map.entry("expertsNeeded", "1"),
                Map.entry("feeBasis", "ORGANISATION_RATE"),
                Map.entry("contactName", "Tiina Teacher"),
                Map.entry("contactPhone", "+358 40 000 0000"),
                Map.entry("contactEmail", "tiina@school.example")));
        return post;
    }

    static LocalDate inDays(int days) {
        return LocalDate.now(HELSINKI).plusDays(days);
    }

    RequestFormPosts with(String field, String value) {
        fields.put(field, value);
        return this;
    }

    RequestFormPosts without(String field) {
        fields.remove(field);
        return this;
    }

    MvcTestResult by(CurrentUser author, String... extraAreas) {
        var request = mvc.post().uri("/requests/new").header("Accept-Language", "en").with(user(author)).with(csrf());
        fields.forEach(request::param);
        if (extraAreas.length > 0) {
            request.param("wantedAreas", extraAreas);
        }
        return request.exchange();
    }
}
