package fi.valita.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Issue 9 §2: with the demo data loaded, every page says it is a demo whose passwords are published. */
@ValitaTest
class DemoBannerTests {

    private static final Map<String, String> BANNER = Map.of(
            "fi", "Demo: tässä Välitässä on vain keksittyjä tietoja, ja tunnusten salasanat ovat julkisia.",
            "sv", "Demo: denna Välitä innehåller bara påhittade uppgifter, och kontonas lösenord är offentliga.",
            "en", "Demo: this Välitä holds only made-up data, and the passwords of its accounts are published.");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestPools pools;

    @Autowired
    DemoBanner banner;

    @AfterEach
    void noDemoDataAsTheSharedContextStarted() {
        banner.show(false);
    }

    @Test
    void withoutDemoDataNoPageSaysDemo() {
        assertThat(mvc.get().uri("/login").header("Accept-Language", "en")).hasStatusOk().bodyText()
                .doesNotContain("demo-banner", BANNER.get("en"));
    }

    @Test
    void withDemoDataEveryPageSaysSoInEachLanguage() {
        var ngo = pools.ngoPool("Demo Banner NGO");
        banner.show(true);

        BANNER.forEach((language, text) -> {
            assertThat(mvc.get().uri("/login").header("Accept-Language", language)).bodyText()
                    .contains("class=\"demo-banner\"", text);
            assertThat(mvc.get().uri("/me/profile").with(user(ngo.expert())).header("Accept-Language", language))
                    .bodyText().contains(text);
            assertThat(mvc.get().uri("/experts").with(user(ngo.coordinator())).header("Accept-Language", language))
                    .bodyText().contains(text);
            assertThat(mvc.get().uri("/notifications").with(user(ngo.coordinator())).header("Accept-Language", language))
                    .bodyText().contains(text);
        });
    }
}
