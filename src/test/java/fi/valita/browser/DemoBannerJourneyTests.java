package fi.valita.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import fi.valita.TestPools;
import fi.valita.demo.DemoBanner;
import java.lang.reflect.Method;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** The demo banner on a 320 px phone: readable, axe-clean, no sideways scrolling. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestPools.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoBannerJourneyTests {

    @LocalServerPort
    int port;

    @Autowired
    TestPools pools;

    @Autowired
    DemoBanner banner;

    Browser browser;

    @BeforeAll
    void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    void stopBrowserAndTakeTheBannerDown() throws Exception {
        show(false);
        browser.close();
    }

    @Test
    void bannerFitsA320PixelPhoneAndIsAccessible() throws Exception {
        var ngo = pools.ngoPool("Demo Phone NGO");
        show(true);

        Page page = browser.signedIn("http://localhost:" + port, ngo.coordinator());
        page.setViewportSize(320, 640);
        for (String path : new String[] {"/login", "/experts", "/notifications"}) {
            page.navigate("http://localhost:" + port + path);
            assertThat(page.locator(".demo-banner")).isVisible();
            assertThat(page.locator(".demo-banner")).containsText("salasanat ovat julkisia");
            Browser.checkPage(page);
        }
    }

    /** The banner is switched at start-up only; the test reaches its package-private switch. */
    private void show(boolean shown) throws Exception {
        Method show = DemoBanner.class.getDeclaredMethod("show", boolean.class);
        show.setAccessible(true);
        show.invoke(banner, shown);
    }
}
