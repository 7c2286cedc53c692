package fi.valita.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fi.valita.TestPools;
import fi.valita.assignments.Brokering;
import fi.valita.assignments.Offer;
import fi.valita.requests.RequestStatus;
import fi.valita.requests.TestRequests;
import fi.valita.requests.WorkRequest;
import fi.valita.requests.WorkRequests;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * An expert's everyday round on a 360 x 740 phone: sign in to a home that shows the offer waiting, open it
 * and find what, when, where, the pay and both answers on the first screen, accept it, and see the agreed
 * work; also the "no thank you" step and the break switch. A coordinator closes a request as unfilled
 * through its confirmation. axe-core checks every page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestPools.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExpertDayJourneyTests {

    /** The height of the phone's screen: what is above it is seen without scrolling. */
    private static final double FIRST_SCREEN = 740;

    @LocalServerPort
    int port;

    @Autowired
    TestPools pools;

    @Autowired
    WorkRequests requests;

    @Autowired
    Brokering brokering;

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
    void homeThenOfferWithTheAnswersOnTheFirstScreenThenAccept() {
        var ngo = pools.ngoPool("Expert day NGO");
        Offer first = offer(ngo, request(ngo, 8), 1);
        Offer second = offer(ngo, request(ngo, 12), 2);

        Page expert = browser.signedIn(url(""), ngo.expert());
        expert.waitForURL(u -> u.endsWith("/me"));
        Browser.checkPage(expert);
        screenshot(expert, "home");
        assertThat(expert.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Työtarjoukset"))).isVisible();

        expert.locator("a[href='/offers/" + first.id() + "']").click();
        expert.waitForURL(u -> u.endsWith("/offers/" + first.id()));
        Browser.checkPage(expert);
        screenshot(expert, "offer");
        Locator accept = button(expert, "Kyllä, otan tämän");
        Locator noThanks = expert.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ei kiitos"));
        for (Locator onFirstScreen : List.of(accept, noThanks, expert.getByText("Palkallinen työ"),
                expert.getByText("Rovaniemi, Jokiväylä 11"))) {
            var box = onFirstScreen.boundingBox();
            assertThat(box.y + box.height).as("bottom of %s", onFirstScreen).isLessThanOrEqualTo(FIRST_SCREEN);
        }

        accept.click();
        expert.waitForLoadState();
        assertThat(expert.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Katso sovittu työ"))).isVisible();
        Browser.checkPage(expert);
        expert.navigate(url("/assignments"));
        Browser.checkPage(expert);
        expert.navigate(url("/me"));
        Browser.checkPage(expert);
        assertThat(expert.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Tulevat työt"))).isVisible();

        expert.navigate(url("/offers/" + second.id()));
        noThanksLink(expert).click();
        expert.waitForURL(u -> u.endsWith("/decline"));
        Browser.checkPage(expert);
        screenshot(expert, "decline");
        expert.getByLabel("Haluatko kertoa syyn? (ei pakollinen)").fill("Olen silloin matkoilla");
        button(expert, "Ei kiitos").click();
        expert.waitForURL(u -> u.endsWith("/offers/" + second.id()));
        assertThat(expert.getByText("Selvä, et ota tätä työtä. Kiitos, että vastasit!")).isVisible();
        Browser.checkPage(expert);
    }

    @Test
    void theBreakSwitchIsAtTheTopOfTheProfile() {
        var ngo = pools.ngoPool("Break journey NGO");

        Page expert = browser.signedIn(url(""), ngo.expert());
        expert.navigate(url("/me/profile"));
        Browser.checkPage(expert);
        screenshot(expert, "profile");
        button(expert, "Aloita tauko").click();
        expert.waitForLoadState();
        assertThat(expert.getByText("Olet tauolla: et saa työtarjouksia")).isVisible();
        Browser.checkPage(expert);
        expert.navigate(url("/me"));
        assertThat(expert.getByText("Olet tauolla, joten et saa työtarjouksia")).isVisible();
        Browser.checkPage(expert);
    }

    @Test
    void aCoordinatorClosesARequestAsUnfilledOnlyAfterConfirming() {
        var ngo = pools.ngoPool("Unfilled journey NGO");
        WorkRequest request = request(ngo, 10);

        Page coordinator = browser.signedIn(url(""), ngo.coordinator());
        coordinator.navigate(url("/coordinator/requests/" + request.id()));
        coordinator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ketään ei löytynyt: sulje täyttämättömänä"))
                .click();
        coordinator.waitForURL(u -> u.endsWith("/unfilled"));
        Browser.checkPage(coordinator);
        screenshot(coordinator, "unfilled");
        assertThat(requests.get(request.id(), ngo.coordinator()).status()).isNotEqualTo(RequestStatus.UNFILLED);

        button(coordinator, "Kyllä, sulje täyttämättömänä").click();
        coordinator.waitForURL(u -> u.endsWith("/coordinator/requests/" + request.id()));
        assertThat(coordinator.getByText("Tilaus suljettiin täyttämättömänä")).isVisible();
        Browser.checkPage(coordinator);
        assertThat(requests.get(request.id(), ngo.coordinator()).status()).isEqualTo(RequestStatus.UNFILLED);
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator noThanksLink(Page page) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ei kiitos").setExact(true));
    }

    private WorkRequest request(TestPools.Pool ngo, int days) {
        return requests.create(TestRequests.talkInDays(ngo.organisation().id(), ngo.organisation().id(), "698", days),
                ngo.requester());
    }

    private Offer offer(TestPools.Pool ngo, WorkRequest request, int daysToAnswer) {
        return brokering.sendOffers(request.id(), List.of(ngo.expert().id()),
                Instant.now().plus(daysToAnswer, ChronoUnit.DAYS), ngo.coordinator()).getFirst();
    }

    /** Only when asked for with -Dvalita.screenshots=<folder>, to look at the pages by eye. */
    private static void screenshot(Page page, String name) {
        String folder = System.getProperty("valita.screenshots");
        if (folder != null) {
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of(folder, name + ".png")).setFullPage(true));
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
