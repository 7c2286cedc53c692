package fi.valita.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import fi.valita.identity.Identity;
import fi.valita.platform.EmbeddedDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

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
    void demoDataWithItsPublishedPasswordsIsRefusedOnAPublicAddressUnlessAskedForExplicitly() {
        for (String url : List.of("https://valita.example.fi", "http://10.0.0.5:8080", "http://192.168.1.20",
                "http://localhost.evil.example", "http://127.0.0.1.nip.io", "http://[2001:db8::1]:8080", "not a url")) {
            assertThatThrownBy(() -> DemoOnStartup.refuseOnPublicAddress(null, url)).as(url)
                    .isInstanceOf(DemoRefused.class)
                    .hasMessageContaining("VALITA_BASE_URL").hasMessageContaining("VALITA_DEMO_ENABLED=true");
            assertThatCode(() -> DemoOnStartup.refuseOnPublicAddress(true, url)).as(url).doesNotThrowAnyException();
        }
        for (String url : List.of("http://localhost:8080", "http://LOCALHOST", "http://127.0.0.1:8093",
                "http://127.1.2.3", "http://[::1]:8080", "http://valita.localhost:8080")) {
            assertThatCode(() -> DemoOnStartup.refuseOnPublicAddress(null, url)).as(url).doesNotThrowAnyException();
        }
    }

    @Test
    void startUpOnAnEmptyEmbeddedDatabaseBehindAPublicAddressFailsWithoutLoadingTheDemo() {
        DemoData demo = mock(DemoData.class);
        Identity identity = mock(Identity.class);
        when(identity.organisations()).thenReturn(List.of());
        var banner = new DemoBanner();
        ObjectProvider<EmbeddedDatabase> embedded = new StaticListableBeanFactory(
                Map.of("embeddedDatabase", mock(EmbeddedDatabase.class))).getBeanProvider(EmbeddedDatabase.class);
        var startUp = new DemoOnStartup(new DemoSettings(null), embedded, identity, demo, banner,
                "https://valita.example.fi");

        assertThatThrownBy(startUp::loadIfWanted).isInstanceOf(DemoRefused.class)
                .hasMessageContaining("https://valita.example.fi");
        verify(demo, never()).load();
        assertThat(banner.shown()).isFalse();
    }

    @Test
    void loadedDemoDataPutsTheBannerOn() {
        DemoData demo = mock(DemoData.class);
        when(demo.load()).thenReturn(true);
        when(demo.isLoaded()).thenReturn(true);
        var banner = new DemoBanner();
        ObjectProvider<EmbeddedDatabase> none = new StaticListableBeanFactory().getBeanProvider(EmbeddedDatabase.class);

        new DemoOnStartup(new DemoSettings(true), none, mock(Identity.class), demo, banner, "https://demo.example.fi")
                .loadIfWanted();

        verify(demo).load();
        assertThat(banner.shown()).isTrue();
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
