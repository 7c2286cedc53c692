package fi.valita.experts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.experts.ExpertPool;
import fi.valita.experts.TaskType;
import fi.valita.identity.CurrentUser;
import fi.valita.identity.Role;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Who may open an expert's profile pages: the expert at /me, their own pool's coordinators at /experts. */
@ValitaTest
class ProfileAccessTests {

    static final String[] SECTIONS = {"contact", "experience", "work", "availability", "presentation", "trainings"};

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestPools pools;

    @Autowired
    ExpertPool pool;

    @Test
    void coordinatorOfThePoolSeesAndEditsTheProfile() {
        var ngo = pools.ngoPool("Own Pool NGO");
        String base = "/experts/" + ngo.expert().id() + "/profile";

        assertThat(mvc.get().uri("/experts/" + ngo.expert().id()).with(user(ngo.coordinator())))
                .hasStatus3xxRedirection().hasRedirectedUrl(base);
        assertThat(mvc.get().uri(base).with(user(ngo.coordinator())).header("Accept-Language", "en")).hasStatusOk()
                .bodyText().contains("<h1>Expert</h1>", "href=\"" + base + "/work\"", "href=\"" + base + "/experience\"");
        for (String section : SECTIONS) {
            assertThat(mvc.get().uri(base + "/" + section).with(user(ngo.coordinator()))).hasStatusOk().bodyText()
                    .contains("action=\"" + base + "/" + section + "\"");
        }
        assertThat(mvc.post().uri(base + "/work").with(user(ngo.coordinator())).with(csrf())
                .param("version", String.valueOf(version(ngo.expert()))).param("taskTypes", "TEACHING"))
                .hasStatus3xxRedirection().hasRedirectedUrl(base);

        assertThat(pool.profile(ngo.expert().id(), ngo.expert()).taskTypes()).containsExactly(TaskType.TEACHING);
        assertThat(mvc.get().uri(base).with(user(ngo.admin()))).hasStatusOk();
    }

    @Test
    void coordinatorOfAnotherPoolGetsNotFoundOnEveryProfilePage() {
        var expert = pools.ngoPool("Pool A NGO").expert();
        var stranger = pools.ngoPool("Pool B NGO").coordinator();
        String base = "/experts/" + expert.id() + "/profile";
        int version = version(expert);

        assertThat(mvc.get().uri(base).with(user(stranger))).hasStatus(HttpStatus.NOT_FOUND);
        for (String section : SECTIONS) {
            assertThat(mvc.get().uri(base + "/" + section).with(user(stranger))).hasStatus(HttpStatus.NOT_FOUND);
            assertThat(mvc.post().uri(base + "/" + section).with(user(stranger)).with(csrf())
                    .param("version", String.valueOf(version)))
                    .hasStatus(HttpStatus.NOT_FOUND);
        }
        assertThat(mvc.post().uri(base + "/trainings/" + UUID.randomUUID() + "/remove").with(user(stranger)).with(csrf())
                .param("version", String.valueOf(version)))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(version(expert)).isEqualTo(version);
    }

    @Test
    void requesterCannotOpenAnyProfilePage() {
        var ngo = pools.ngoPool("Requester NGO");
        String base = "/experts/" + ngo.expert().id() + "/profile";

        assertThat(mvc.get().uri(base).with(user(ngo.requester()))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/me/profile").with(user(ngo.requester()))).hasStatus(HttpStatus.FORBIDDEN);
        for (String section : SECTIONS) {
            assertThat(mvc.get().uri(base + "/" + section).with(user(ngo.requester()))).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.post().uri(base + "/" + section).with(user(ngo.requester())).with(csrf())
                    .param("version", String.valueOf(version(ngo.expert()))))
                    .hasStatus(HttpStatus.FORBIDDEN);
        }
    }

    @Test
    void fellowExpertCannotOpenAnotherExpertsProfile() {
        var ngo = pools.ngoPool("Fellow NGO");
        var fellow = pools.person(ngo.organisation().id(), Role.EXPERT, "Fellow");
        String base = "/experts/" + ngo.expert().id() + "/profile";
        int version = version(ngo.expert());

        assertThat(mvc.get().uri(base).with(user(fellow))).hasStatus(HttpStatus.FORBIDDEN);
        for (String section : SECTIONS) {
            assertThat(mvc.get().uri(base + "/" + section).with(user(fellow))).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.post().uri(base + "/" + section).with(user(fellow)).with(csrf())
                    .param("version", String.valueOf(version)).param("taskTypes", "TEACHING"))
                    .hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(mvc.get().uri("/me/profile").with(user(fellow))).hasStatusOk().bodyText()
                .contains("Fellow").doesNotContain(ngo.expert().email());
        assertThat(version(ngo.expert())).isEqualTo(version);
    }

    @Test
    void expertCannotReachTheCoordinatorsExpertPages() {
        var me = pools.ngoPool("Self NGO").expert();

        assertThat(mvc.get().uri("/experts").with(user(me))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/experts/" + me.id()).with(user(me))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/experts/" + me.id() + "/profile").with(user(me))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/experts/" + me.id() + "/profile/work").with(user(me)).with(csrf())
                .param("version", String.valueOf(version(me))))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    private int version(CurrentUser expert) {
        return pool.profile(expert.id(), expert).version();
    }
}
