package fi.valita.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.valita.TestPools.Pool;
import fi.valita.identity.CurrentUser;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The boundary tests' policy tables: for each page, what every role of the organisation that owns the
 * data and of another organisation gets. All differences are reported at once.
 */
public final class PagePolicy {

    private PagePolicy() {}

    /** What a GET answers: the page, refused (403), as if it did not exist (404), or sent elsewhere (302). */
    public enum Outcome {
        OK(200), FORBIDDEN(403), NOT_FOUND(404), REDIRECT(302);

        private final int status;

        Outcome(int status) {
            this.status = status;
        }
    }

    /** A page and the outcome for each role of the owning and of another organisation. */
    public record Page(String path, Map<String, Outcome> own, Map<String, Outcome> other) {}

    public static Map<String, Outcome> roles(Outcome admin, Outcome coordinator, Outcome expert, Outcome requester) {
        return Map.of("admin", admin, "coordinator", coordinator, "expert", expert, "requester", requester);
    }

    /** Every page as each role of {@code owning} and of {@code other} answers as the table says. */
    public static void assertPolicy(MockMvcTester mvc, List<Page> pages, Pool owning, Pool other) {
        var softly = new SoftAssertions();
        for (Page page : pages) {
            check(mvc, softly, page, owning, page.own(), "the owning organisation");
            check(mvc, softly, page, other, page.other(), "another organisation");
        }
        softly.assertAll();
    }

    /** A signed-out visitor of any of the pages is sent to sign in. */
    public static void assertSignInRequired(MockMvcTester mvc, List<Page> pages) {
        for (Page page : pages) {
            assertThat(mvc.get().uri(page.path())).as(page.path()).hasStatus3xxRedirection()
                    .redirectedUrl().endsWith("/login");
        }
    }

    private static void check(MockMvcTester mvc, SoftAssertions softly, Page page, Pool pool,
            Map<String, Outcome> expected, String whose) {
        Map<String, CurrentUser> people = Map.of("admin", pool.admin(), "coordinator", pool.coordinator(), "expert",
                pool.expert(), "requester", pool.requester());
        people.forEach((role, person) -> {
            int status = mvc.get().uri(page.path()).with(user(person)).exchange().getResponse().getStatus();
            softly.assertThat(status).as("%s as %s of %s", page.path(), role, whose)
                    .isEqualTo(expected.get(role).status);
        });
    }
}
