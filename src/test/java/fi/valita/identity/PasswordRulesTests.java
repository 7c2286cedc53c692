package fi.valita.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.valita.TestPools;
import fi.valita.demo.DemoData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Length and guessability decide, not composition. */
class PasswordRulesTests {

    static final String EMAIL = "aino.aaltonen@kaamosvalo.example";
    static final String NAME = "Aino Aaltonen";

    final PasswordRules rules = new PasswordRules();

    @ParameterizedTest
    @ValueSource(strings = {"", "short", "elevenchars"})
    void fewerThanTwelveCharactersAreRefused(String password) {
        assertThat(rules.refusalOf(password, EMAIL, NAME)).contains("identity.password.length");
    }

    @Test
    void moreThan128CharactersAreRefused() {
        assertThat(rules.refusalOf("a sentence of mine ".repeat(7), EMAIL, NAME)).contains("identity.password.length");
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "123456789012", "qwertyuiopasdf", "iloveyou1234", "passwordpassword",
            "aaaaaaaaaaaa", "Passw0rd!2026", "correcthorsebatterystaple", "trustno1trustno1", "Sunshine2024!"})
    void commonAndLeakedPasswordsAreRefused(String password) {
        assertThat(rules.refusalOf(password, EMAIL, NAME)).contains("identity.password.guessable");
    }

    @Test
    void thePersonsOwnNameAndAddressDoNotMakeAPassword() {
        assertThat(rules.refusalOf("ainoaaltonen2026", EMAIL, NAME)).contains("identity.password.guessable");
        assertThat(rules.refusalOf("kaamosvalo-aino", EMAIL, NAME)).contains("identity.password.guessable");
        assertThat(rules.refusalOf(EMAIL, EMAIL, NAME)).contains("identity.accept.password.is-email");
    }

    @ParameterizedTest
    @ValueSource(strings = {"kissa istuu ikkunalla aamulla", "revontulet tanssii lapissa", "Kevät-on-ihana-2026",
            "mummon mustikkapiirakka"})
    void phrasesWithoutDigitsOrCapitalsAreAccepted(String password) {
        assertThat(rules.refusalOf(password, EMAIL, NAME)).isEmpty();
    }

    @Test
    void theDemoAndTestPasswordsFollowTheRules() {
        assertThat(rules.refusalOf(DemoData.PASSWORD, "coordinator.pirkanmaa@demo.example", "Kaisa Koordinaattori"))
                .isEmpty();
        assertThat(rules.refusalOf(TestPools.PASSWORD, "expert-0b7e@test.example", "Expert")).isEmpty();
        assertThat(rules.refusalOf(InvitationTests.NEW_PASSWORD, "uusi@test.example", "Revontuli")).isEmpty();
    }

    @Test
    void checkThrowsWithTheSameMessage() {
        assertThatThrownBy(() -> rules.check("password1234", EMAIL, NAME))
                .isInstanceOfSatisfying(PasswordRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("identity.password.guessable"));
    }
}
