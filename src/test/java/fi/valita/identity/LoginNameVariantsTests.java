package fi.valita.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * One way of reading a sign-in address for the throttle, the account lookup and account creation (issue 9):
 * a locked account stays locked however its address is written, on the sign-in page and for API tokens.
 */
@ValitaTest
class LoginNameVariantsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestPools pools;

    @Autowired
    Identity identity;

    /** A client address of this test's own, so that its failures do not count against other tests' address. */
    private final String clientAddress = "client-" + UUID.randomUUID();

    /** Addresses with an i and a k in them, so that İ (U+0130) and the Kelvin sign (U+212A) both apply. */
    private CurrentUser kirsi() {
        var pool = pools.ngoPool("Variants");
        String email = "kirsi-" + UUID.randomUUID() + "@test.example";
        return TestPools.asCurrentUser(identity.createActiveAccount(
                new Invite(email, "Kirsi", Role.EXPERT, pool.organisation().id(), null, Locale.of("fi")), TestPools.PASSWORD));
    }

    private static List<String> variantsOf(String email) {
        return List.of(
                email.replace('i', '\u0130'),
                email.toUpperCase(Locale.ROOT).replace('I', '\u0130'),
                fullwidth(email),
                email.replace('k', '\u212A'),
                email.toUpperCase(Locale.ROOT),
                email + "   ",
                "  " + email + "\u3000");
    }

    @Test
    void aLockedAccountStaysLockedForEveryWayOfWritingItsAddress() {
        CurrentUser kirsi = kirsi();
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(kirsi.email(), "guess-" + i)).hasRedirectedUrl("/login?error");
        }

        for (String variant : variantsOf(kirsi.email())) {
            assertThat(signIn(variant, TestPools.PASSWORD)).as(variant).redirectedUrl().startsWith("/login?");
            assertThat(token(variant, TestPools.PASSWORD)).as(variant)
                    .hasStatus(HttpStatus.UNAUTHORIZED)
                    .bodyText().doesNotContain("\"token\"");
        }
        assertThat(signIn(fullwidth(kirsi.email()), TestPools.PASSWORD)).hasRedirectedUrl("/login?locked");
        assertThat(signIn(kirsi.email().replace('k', '\u212A'), TestPools.PASSWORD)).hasRedirectedUrl("/login?locked");
        assertThat(token(kirsi.email().toUpperCase(Locale.ROOT) + " ", TestPools.PASSWORD))
                .bodyText().contains("Too many failed sign-ins");
    }

    @Test
    void wrongPasswordsUnderDifferentSpellingsAddUpToOneLockout() {
        CurrentUser kirsi = kirsi();
        List<String> variants = variantsOf(kirsi.email());
        for (int i = 0; i < 5; i++) {
            signIn(variants.get(2 + i), "guess-" + i);
        }

        assertThat(signIn(kirsi.email(), TestPools.PASSWORD)).hasRedirectedUrl("/login?locked");
    }

    @Test
    void theAddressIsFoundWhateverItsCaseAndSpacesAndWidth() {
        CurrentUser kirsi = kirsi();

        assertThat(signIn(fullwidth(kirsi.email().toUpperCase(Locale.ROOT)) + " ", TestPools.PASSWORD)).hasRedirectedUrl("/");
        assertThat(token(kirsi.email().replace('k', '\u212A'), TestPools.PASSWORD)).hasStatus(HttpStatus.CREATED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0130lona-%s@test.example", "\u212Aalle-%s@test.example", "\uFF4Eelli-%s@test.example",
            "ma\u0301ria-%s@test.example"})
    void anInvitationToAnAddressThatChangesWhenReadIsRefusedWithAMessage(String pattern) {
        var pool = pools.ngoPool("Plain addresses");
        String email = pattern.formatted(UUID.randomUUID());

        assertThat(mvc.post().uri("/coordinator/invitations/new").with(user(pool.coordinator())).with(csrf())
                        .header("Accept-Language", "en")
                        .param("displayName", "Someone").param("email", email).param("role", "EXPERT")
                        .param("organisationId", pool.organisation().id().toString()).param("unitId", "")
                        .param("language", "fi"))
                .hasStatusOk()
                .bodyText().contains("email-error", "Write the address with ordinary letters");
        assertThatThrownBy(() -> identity.createActiveAccount(
                        new Invite(email, "Someone", Role.EXPERT, pool.organisation().id(), null, Locale.of("fi")), "pw"))
                .isInstanceOf(InvitationRefused.class);
    }

    @Test
    void capitalLettersAndSpacesAroundAnAddressAreNoReasonToRefuseIt() {
        var pool = pools.ngoPool("Capitals");
        String email = "  Äiti-" + UUID.randomUUID() + "@Test.Example ";

        identity.createActiveAccount(
                new Invite(email, "Äiti", Role.EXPERT, pool.organisation().id(), null, Locale.of("fi")), TestPools.PASSWORD);

        assertThat(signIn(email.strip().toLowerCase(Locale.ROOT), TestPools.PASSWORD)).hasRedirectedUrl("/");
    }

    private MvcTestResult signIn(String email, String password) {
        var session = new MockHttpSession();
        return mvc.post().uri("/login").param("username", email).param("password", password).with(csrf())
                .session(session).with(fromOwnAddress()).exchange();
    }

    private MvcTestResult token(String email, String password) {
        String body = "{\"username\":\"" + email + "\",\"password\":\"" + password + "\"}";
        return mvc.post().uri("/api/v1/auth/tokens").contentType(MediaType.APPLICATION_JSON).content(body)
                .with(fromOwnAddress()).exchange();
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor fromOwnAddress() {
        return request -> {
            request.setRemoteAddr(clientAddress);
            return request;
        };
    }

    static String fullwidth(String ascii) {
        StringBuilder wide = new StringBuilder();
        ascii.chars().forEach(c -> wide.appendCodePoint(c >= '!' && c <= '~' ? c - '!' + 0xFF01 : c));
        return wide.toString();
    }
}
