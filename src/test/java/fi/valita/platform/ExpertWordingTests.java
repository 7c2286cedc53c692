package fi.valita.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.assignments.Brokering;
import fi.valita.assignments.Offer;
import fi.valita.assignments.TestWork;
import fi.valita.fees.RateKind;
import fi.valita.fees.Rates;
import fi.valita.identity.CurrentUser;
import fi.valita.requests.TestRequests;
import fi.valita.requests.WorkRequests;
import fi.valita.shared.Money;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Plain words for experts (issue 8): no "pooli" in what an expert reads in Finnish, optional fields that do
 * not say "vapaaehtoinen" (it reads as volunteer work), no checksum on the agreement page, and a matching
 * settings page that says how ratings really count.
 */
@ValitaTest
class ExpertWordingTests {

    /** Texts experts read: their pages, their e-mails and notices, the privacy notice. Coordinator-only keys excluded. */
    private static final Pattern EXPERT_KEYS = Pattern.compile("^(experts\\.(?!.*-coordinator$)|assignments\\.(home|offers?"
            + "|outcome|list|facts|fee|when|where|complete|work-done|cancel|done|feedback|mistreatment|status)\\.|earnings\\."
            + "(?!shared\\.)|expenses\\.|identity\\.privacy\\.|notifications\\.(offer|assignment\\.[a-z]+\\.expert|work\\."
            + "confirmed|mail)|layout\\.|documents\\.agreement\\.|fees\\.work\\.)");

    private static final List<String> FINNISH_BUNDLES = List.of("assignments", "documents", "earnings", "expenses",
            "experts", "fees", "identity", "notifications", "platform", "payroll");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestPools pools;

    @Autowired
    WorkRequests requests;

    @Autowired
    Brokering brokering;

    @Autowired
    Rates rates;

    @Autowired
    JdbcClient jdbc;

    @Test
    void noFinnishTextAnExpertReadsSaysPooli() throws IOException {
        var softly = new SoftAssertions();
        for (String bundle : FINNISH_BUNDLES) {
            Properties fi = bundle(bundle, "_fi");
            for (String key : fi.stringPropertyNames()) {
                if (EXPERT_KEYS.matcher(key).find()) {
                    softly.assertThat(fi.getProperty(key).toLowerCase(Locale.ROOT)).as("%s_fi: %s", bundle, key)
                            .doesNotContain("pooli");
                }
            }
        }
        softly.assertAll();
    }

    @Test
    void theExpertsPagesInFinnishSayNeitherPooliNorVapaaehtoinenForAnOptionalField() {
        var work = new TestWork(pools, requests, brokering, jdbc).assigned("Wording");
        hourlyRate(work.ngo());
        var ngo = work.ngo();
        Offer offer = brokering.sendOffers(requests.create(TestRequests.talkInDays(ngo.organisation().id(),
                ngo.organisation().id(), "091", 9), ngo.requester()).id(), List.of(ngo.expert().id()),
                Instant.now().plus(1, ChronoUnit.DAYS), ngo.coordinator()).getFirst();
        String assignment = "/assignments/" + work.assignment().id();
        List<String> pages = new ArrayList<>(List.of("/me", "/offers", "/offers/" + offer.id(),
                "/offers/" + offer.id() + "/decline", "/assignments", assignment, assignment + "/agreement",
                assignment + "/expenses", assignment + "/mistreatment", "/me/profile", "/me/earnings",
                "/me/earnings/watch", "/me/payment-details", "/notifications", "/privacy"));
        for (String section : List.of("contact", "experience", "work", "availability", "presentation", "trainings")) {
            pages.add("/me/profile/" + section);
        }

        var softly = new SoftAssertions();
        for (String page : pages) {
            var result = mvc.get().uri(page).with(user(ngo.expert())).header("Accept-Language", "fi").exchange();
            softly.assertThat(result.getResponse().getStatus()).as(page).isEqualTo(200);
            String text = body(result.getResponse().getContentAsByteArray()).toLowerCase(Locale.ROOT);
            softly.assertThat(text).as(page).doesNotContain("pooli", "(vapaaehtoinen)", "toimeksiannot", "kieltäydyit");
        }
        softly.assertAll();
    }

    @Test
    void optionalFieldsSayEiPakollinenInFinnishAndValfrittInSwedishEverywhere() throws IOException {
        var softly = new SoftAssertions();
        for (String bundle : FINNISH_BUNDLES) {
            bundle(bundle, "_fi").forEach((key, value) -> softly.assertThat((String) value).as("%s_fi: %s", bundle, key)
                    .doesNotContain("(vapaaehtoinen)").doesNotContain("voit jättää tyhjäksi)"));
            bundle(bundle, "_sv").forEach((key, value) -> softly.assertThat((String) value).as("%s_sv: %s", bundle, key)
                    .doesNotContain("(frivilligt)"));
        }
        softly.assertAll();
    }

    @Test
    void theAgreementPageShowsTheChecksumToCoordinatorsButNotToTheExpert() {
        var work = new TestWork(pools, requests, brokering, jdbc).assigned("Checksum");
        hourlyRate(work.ngo());
        String page = "/assignments/" + work.assignment().id() + "/agreement";

        assertThat(text(page, work.ngo().expert(), "fi")).contains("Sopimuspohja 2026-1").doesNotContain("SHA-256", "tarkiste");
        assertThat(text(page, work.ngo().expert(), "sv")).doesNotContain("SHA-256");
        assertThat(text(page, work.ngo().coordinator(), "fi")).contains("Sisällön tarkiste (SHA-256)");
    }

    @Test
    void theMatchingSettingsSayHowTheRatingsRequestersGiveCount() {
        CurrentUser coordinator = pools.ngoPool("Ratings words NGO").coordinator();

        assertThat(text("/coordinator/matching-settings", coordinator, "en"))
                .contains("the requester rates the expert from 1 to 5", "if it is 4, half", "never lowers anyone")
                .doesNotContain("not collected");
        assertThat(text("/coordinator/matching-settings", coordinator, "fi"))
                .contains("Tilaaja arvioi asiantuntijan työn jälkeen").doesNotContain("ei vielä kerätä");
        assertThat(text("/coordinator/matching-settings", coordinator, "sv")).doesNotContain("samlas inte in");
    }

    private String text(String page, CurrentUser user, String language) {
        var result = mvc.get().uri(page).with(user(user)).header("Accept-Language", language).exchange();
        assertThat(result).hasStatusOk();
        return body(result.getResponse().getContentAsByteArray());
    }

    private void hourlyRate(TestPools.Pool pool) {
        rates.add(RateKind.PER_HOUR, null, Money.parse("20,00"), 0, 0, LocalDate.now().minusYears(1), null,
                pool.coordinator());
    }

    private static String body(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static Properties bundle(String basename, String language) throws IOException {
        var properties = new Properties();
        try (Reader reader = new InputStreamReader(
                new ClassPathResource("i18n/" + basename + language + ".properties").getInputStream(),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
