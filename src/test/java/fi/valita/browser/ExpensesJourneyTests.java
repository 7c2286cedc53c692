package fi.valita.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import fi.valita.TestPools;
import fi.valita.assignments.AfterWork;
import fi.valita.assignments.Brokering;
import fi.valita.fees.ApprovedWork;
import fi.valita.identity.CurrentUser;
import fi.valita.requests.FeeBasis;
import fi.valita.requests.WorkRequests;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Expenses on a 360 px phone through the real server and browser: the expert opens them from the
 * assignment, sends a receipt whose file is not a receipt and then one too big (told next to the field,
 * nothing saved), then a photo of it, and a daily allowance; the coordinator sees the volunteers' limits. The multipart form's
 * CSRF token is read by Spring Security from the real request body. axe-core checks every page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestPools.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExpensesJourneyTests {

    /** The first bytes of a PNG image: enough for Välitä to know what it is. */
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    @LocalServerPort
    int port;

    @Autowired
    TestPools pools;

    @Autowired
    WorkRequests requests;

    @Autowired
    Brokering brokering;

    @Autowired
    AfterWork afterWork;

    @Autowired
    JdbcClient jdbc;

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
    void theExpertAddsAReceiptWithAPhotoAfterAFileThatIsNotOne() {
        var pool = pools.ngoPool("Expenses journey NGO");
        UUID assignment = new ApprovedWork(requests, brokering, afterWork).reported(pool, FeeBasis.VOLUNTEER, 0);
        Page expert = signIn(pool.expert());

        expert.navigate(url("/assignments/" + assignment));
        expert.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kuitit ja päivärahat")).click();
        assertThat(expert.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Kulut");
        Browser.checkPage(expert);

        expert.getByLabel("Summa (euroa)").fill("12,50");
        choose(expert, "type-PARKING");
        expert.getByLabel("Muutama sana (ei pakollinen)").fill("Sairaalan pysäköintitalo");
        expert.getByLabel("Kuva tai PDF kuitista (ei pakollinen)").setInputFiles(new FilePayload("kuitti.pdf",
                "application/pdf", "<html>ei kuitti</html>".getBytes(StandardCharsets.UTF_8)));
        submit(expert, "Lisää kuitti");
        assertThat(expert.locator("#error-summary")).isVisible();
        assertThat(expert.locator("#file-error")).containsText("PDF, JPEG tai PNG");
        assertThat(expert.getByLabel("Summa (euroa)")).hasValue("12,50");
        Browser.checkPage(expert);
        assertThat(expert.getByText("Ei vielä kuluja.")).isVisible();

        byte[] sixMegabytes = Arrays.copyOf("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 6 * 1024 * 1024);
        choose(expert, "type-PARKING");
        expert.getByLabel("Kuva tai PDF kuitista (ei pakollinen)").setInputFiles(
                new FilePayload("skannaus.pdf", "application/pdf", sixMegabytes));
        submit(expert, "Lisää kuitti");
        assertThat(expert.locator("#file-error")).containsText("liian suuri");
        assertThat(expert.getByText("Ei vielä kuluja.")).isVisible();

        choose(expert, "type-PARKING");
        expert.getByLabel("Kuva tai PDF kuitista (ei pakollinen)").setInputFiles(
                new FilePayload("IMG_2041.png", "image/png", PNG));
        submit(expert, "Lisää kuitti");
        assertThat(expert.getByRole(AriaRole.STATUS)).containsText("Kuitti on lisätty");
        assertThat(expert.getByText("Sairaalan pysäköintitalo")).isVisible();
        assertThat(expert.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lataa kuitti"))).isVisible();
        Browser.checkPage(expert);

        choose(expert, "length-FULL_DAY");
        submit(expert, "Lisää päiväraha");
        assertThat(expert.getByRole(AriaRole.STATUS)).containsText("Päiväraha on lisätty");
        assertThat(expert.getByText("Päivärahapäivät vuonna")).isVisible();
        Browser.checkPage(expert);

        var forged = expert.request().post(url("/assignments/" + assignment + "/expenses/receipts"),
                RequestOptions.create().setMultipart(FormData.create().set("amount", "99").set("type", "OTHER")));
        org.assertj.core.api.Assertions.assertThat(forged.status()).as("the same multipart form without its token")
                .isEqualTo(403);

        Page coordinator = signIn(pool.coordinator());
        coordinator.navigate(url("/coordinator/volunteer-caps"));
        assertThat(coordinator.getByRole(AriaRole.CELL).first()).isVisible();
        assertThat(coordinator.getByText(pool.expert().displayName())).isVisible();
        Browser.checkPage(coordinator);
        org.assertj.core.api.Assertions.assertThat(jdbc.sql(
                "select count(*) from receipt_file f join fee_line l on l.id = f.fee_line_id where l.assignment_id = :a")
                .param("a", assignment).query(Long.class).single()).isOne();
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select kind from fee_line where assignment_id = :a")
                .param("a", assignment).query(String.class).list())
                .containsExactlyInAnyOrder("RECEIPT", "DAILY_ALLOWANCE");
    }

    /** HDS draws the radio button on its label, so a person taps the label. */
    private void choose(Page page, String radioId) {
        page.locator("label[for=" + radioId + "]").click();
        assertThat(page.locator("#" + radioId)).isChecked();
    }

    private void submit(Page page, String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).click();
    }

    private Page signIn(CurrentUser user) {
        return browser.signedIn(url(""), user);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
