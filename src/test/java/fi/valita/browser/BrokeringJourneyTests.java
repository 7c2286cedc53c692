package fi.valita.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fi.valita.TestPools;
import fi.valita.assignments.Assignments;
import fi.valita.experts.ContactDetails;
import fi.valita.experts.ExpertPool;
import java.util.Set;
import fi.valita.identity.CurrentUser;
import fi.valita.requests.RequestStatus;
import fi.valita.requests.TestRequests;
import fi.valita.requests.WorkRequests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The heart of Välitä across the three roles, each on a phone: the coordinator finds experts for a
 * request and offers it, the expert accepts, both the expert and the requester see the agreed work.
 * axe-core checks every page visited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestPools.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrokeringJourneyTests {

    @LocalServerPort
    int port;

    @Autowired
    TestPools pools;

    @Autowired
    WorkRequests requests;

    @Autowired
    Assignments assignments;

    @Autowired
    ExpertPool expertPool;

    Browser browser;

    @BeforeAll
    void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    @Test
    void requestIsOfferedAcceptedAndAgreedAcrossTheThreeRoles() {
        var ngo = pools.ngoPool("Brokering journey NGO");
        var me = ngo.expert();
        expertPool.changeContact(me.id(), expertPool.profile(me.id(), me).version(),
                new ContactDetails("Revontuli", me.email(), null, "698", Set.of("fi"), true, 100), me);
        var request = requests.create(
                TestRequests.talkInDays(ngo.organisation().id(), ngo.organisation().id(), "698", 8), ngo.requester());

        Page coordinator = signIn(ngo.coordinator());
        coordinator.navigate(url("/coordinator/requests/" + request.id()));
        Browser.checkPage(coordinator);
        coordinator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Etsi kokemusasiantuntijoita")).click();
        coordinator.waitForURL(u -> u.endsWith("/candidates"));
        Browser.checkPage(coordinator);
        coordinator.getByLabel("Revontuli", new Page.GetByLabelOptions().setExact(true)).check();
        coordinator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lähetä tarjous valituille")).click();
        coordinator.waitForURL(u -> u.endsWith("/offers"));
        Browser.checkPage(coordinator);

        Page expert = signIn(ngo.expert());
        expert.navigate(url("/offers"));
        Browser.checkPage(expert);
        expert.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(request.title())).first().click();
        Browser.checkPage(expert);
        expert.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kyllä, otan tämän")).click();
        expert.waitForLoadState();
        assertThat(expert.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Katso sovittu työ"))).isVisible();
        Browser.checkPage(expert);
        expert.navigate(url("/assignments"));
        Browser.checkPage(expert);
        expert.navigate(url("/notifications"));
        Browser.checkPage(expert);

        Page requester = signIn(ngo.requester());
        requester.navigate(url("/assignments"));
        Browser.checkPage(requester);
        var agreed = assignments.mine(ngo.requester());
        assertThat(agreed).hasSize(1);
        requester.navigate(url("/assignments/" + agreed.getFirst().assignment().id()));
        Browser.checkPage(requester);
        requester.navigate(url("/requests/" + request.id()));
        Browser.checkPage(requester);

        assertThat(requests.get(request.id(), ngo.requester()).status()).isEqualTo(RequestStatus.FILLED);
    }

    private Page signIn(CurrentUser user) {
        return browser.signedIn(url(""), user);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
