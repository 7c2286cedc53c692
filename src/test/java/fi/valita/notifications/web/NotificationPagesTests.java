package fi.valita.notifications.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.valita.TestPools;
import fi.valita.TestPools.Pool;
import fi.valita.ValitaTest;
import fi.valita.identity.CurrentUser;
import fi.valita.notifications.Notifications;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Everyone reads their own notifications in their own language, and nobody else's. */
@ValitaTest
class NotificationPagesTests {

    /** A key with one argument that exists in all three languages. */
    private static final String KEY = "notifications.invitation.subject";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestPools pools;

    @Autowired
    Notifications notifications;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void userReadsTheirNotificationsNewestFirstInTheirLanguage() {
        Pool pool = pools.ngoPool("Notified");
        notify(pool.expert(), "Vanha", "/me/profile");
        notify(pool.expert(), "Uusi", null);

        assertThat(mvc.get().uri("/notifications").with(user(pool.expert())).header("Accept-Language", "fi"))
                .hasStatusOk()
                .bodyText().contains("Ilmoitukset", "Kutsu Välitään: Vanha", "href=\"/me/profile\"",
                        "Merkitse kaikki luetuiksi")
                .containsSubsequence("Kutsu Välitään: Uusi", "Kutsu Välitään: Vanha");
        assertThat(mvc.get().uri("/notifications?lang=sv").with(user(pool.expert())))
                .hasStatusOk().bodyText().contains("Aviseringar", "Inbjudan till Välitä: Uusi");
    }

    @Test
    void userNeverSeesAnotherUsersNotifications() {
        Pool a = pools.ngoPool("Notified A");
        Pool b = pools.ngoPool("Notified B");
        notify(a.expert(), "Vain Annalle", "/me/profile");

        assertThat(mvc.get().uri("/notifications").with(user(b.expert())).header("Accept-Language", "en"))
                .hasStatusOk().bodyText().contains("No notifications yet.").doesNotContain("Vain Annalle");
        assertThat(mvc.get().uri("/notifications").with(user(a.coordinator())).header("Accept-Language", "en"))
                .hasStatusOk().bodyText().doesNotContain("Vain Annalle");
        assertThat(mvc.get().uri("/notifications").with(user(b.expert())))
                .model().containsEntry("unreadNotifications", 0);
    }

    @Test
    void markingAllReadClearsOnlyTheUsersOwnCount() {
        Pool pool = pools.ngoPool("Mark read");
        notify(pool.expert(), "Yksi", null);
        notify(pool.expert(), "Kaksi", null);
        notify(pool.requester(), "Pyytäjälle", null);

        assertThat(mvc.get().uri("/notifications").with(user(pool.expert())))
                .model().containsEntry("unreadNotifications", 2);
        assertThat(mvc.post().uri("/notifications/read").with(user(pool.expert())).with(csrf()))
                .hasRedirectedUrl("/notifications");

        assertThat(notifications.unreadCount(pool.expert().id())).isZero();
        assertThat(notifications.unreadCount(pool.requester().id())).isOne();
        assertThat(mvc.get().uri("/notifications").with(user(pool.expert())).header("Accept-Language", "en"))
                .hasStatusOk().bodyText().contains("Kaksi").doesNotContain("Mark all as read");
    }

    @Test
    void unreadCountIsOnOtherPagesAndZeroWhenSignedOut() {
        Pool pool = pools.ngoPool("Badge");
        notify(pool.coordinator(), "Koordinaattorille", null);

        assertThat(mvc.get().uri("/experts").with(user(pool.coordinator())))
                .model().containsEntry("unreadNotifications", 1);
        assertThat(mvc.get().uri("/login")).model().containsEntry("unreadNotifications", 0);
    }

    @Test
    void signedOutVisitorIsSentToSignIn() {
        assertThat(mvc.get().uri("/notifications")).hasStatus3xxRedirection();
        assertThat(mvc.post().uri("/notifications/read").with(csrf())).hasStatus3xxRedirection();
    }

    @Test
    void notificationLinksOnlyInsideValitaAndNeedsTheCallersTransaction() {
        Pool pool = pools.ngoPool("Bad links");
        var transaction = new TransactionTemplate(transactions);

        for (String link : List.of("https://evil.example/", "//evil.example/x", "javascript:alert(1)", "/\\evil")) {
            assertThatThrownBy(() -> transaction.executeWithoutResult(status -> notifications.notify(
                    pool.expert().id(), "TEST", KEY, List.of("x"), link)))
                    .as(link).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> notifications.notify(pool.expert().id(), "TEST", KEY, List.of("x"), null))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(notifications.unreadCount(pool.expert().id())).isZero();
    }

    private void notify(CurrentUser user, String argument, @Nullable String link) {
        new TransactionTemplate(transactions).executeWithoutResult(
                status -> notifications.notify(user.id(), "TEST", KEY, List.of(argument), link));
    }
}
