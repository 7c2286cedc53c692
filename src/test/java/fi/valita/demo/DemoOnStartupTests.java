package fi.valita.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoOnStartupTests {

    @Test
    void unsetLoadsOnlyIntoAnEmptyEmbeddedDatabase() {
        assertThat(DemoOnStartup.wanted(null, true, () -> true)).isTrue();
        assertThat(DemoOnStartup.wanted(null, true, () -> false)).isFalse();
        assertThat(DemoOnStartup.wanted(null, false, () -> true)).isFalse();
    }

    @Test
    void explicitSettingWinsAndDoesNotLookAtTheDatabase() {
        assertThat(DemoOnStartup.wanted(true, false, () -> {
            throw new AssertionError("the database should not be asked");
        })).isTrue();
        assertThat(DemoOnStartup.wanted(false, true, () -> {
            throw new AssertionError("the database should not be asked");
        })).isFalse();
    }

    @Test
    void everyLineOfTheDataFileIsAFictionalExpertWithAnIntroduction() {
        var experts = DemoExpert.readAll();

        assertThat(experts).hasSizeGreaterThanOrEqualTo(40);
        assertThat(experts).allSatisfy(e -> {
            assertThat(e.email()).endsWith("@demo.example");
            assertThat(e.municipality()).matches("\\d{3}");
            assertThat(e.introduction()).isNotBlank().hasSizeLessThan(1000);
        });
        assertThat(experts).extracting(DemoExpert::email).doesNotHaveDuplicates();
        assertThat(DemoExpert.emailOf("Elle-Máret Aikio")).isEqualTo("elle-maret.aikio@demo.example");
    }
}
