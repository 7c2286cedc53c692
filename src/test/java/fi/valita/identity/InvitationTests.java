package fi.valita.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.valita.ErrorSummary;
import fi.valita.TestPools;
import fi.valita.TestPools.Pool;
import fi.valita.ValitaTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** A coordinator invites a person by e-mail; the person opens the one-time link and chooses a password. */
@ValitaTest
class InvitationTests {

    static final String NEW_PASSWORD = "lumiukko sulaa keväällä";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestPools pools;

    @Autowired
    Identity identity;

    @Autowired
    JdbcClient jdbc;

    Mailbox mailbox;
    Pool pool;

    @BeforeEach
    void setUp() {
        mailbox = new Mailbox(jdbc);
        pool = pools.ngoPool("Invitations");
    }

    @Test
    void coordinatorSeesTheInvitationForm() {
        assertThat(mvc.get().uri("/coordinator/invitations/new").with(user(pool.coordinator())).header("Accept-Language", "en"))
                .hasStatusOk()
                .bodyText().contains("Invite a person", "name=\"email\"", "Expert by experience")
                .doesNotContain(">Administrator<");
    }

    @Test
    void invitedExpertGetsAnEmailTheAdminCanReadWithoutItsLink() {
        String email = newEmail();

        assertThat(invite(pool.coordinator(), email, Role.EXPERT, pool.organisation().id()))
                .hasRedirectedUrl("/coordinator/invitations/new")
                .flash().containsEntry("invitedEmail", email);

        Mailbox.Mail mail = mailbox.awaitMail(email);
        assertThat(mail.delivery()).isEqualTo("CAPTURED");
        assertThat(mail.body()).contains(pool.organisation().name());
        assertThat(mvc.get().uri("/admin/sent-mail").with(user(pool.admin())))
                .hasStatusOk().bodyText().contains(email, "/admin/sent-mail/" + mail.id());
        assertThat(mvc.get().uri("/admin/sent-mail/{id}", mail.id()).with(user(pool.admin())))
                .hasStatusOk().bodyText().contains(pool.organisation().name()).doesNotContain(mail.invitationToken());
    }

    @Test
    void invitationLinkShowsTheSetPasswordFormWithoutLeakingTheLinkAsReferrer() {
        String email = newEmail();
        invite(pool.coordinator(), email, Role.EXPERT, pool.organisation().id());
        String link = mailbox.awaitMail(email).invitationPath();

        MvcTestResult page = mvc.get().uri(link).header("Accept-Language", "en").exchange();

        assertThat(page).hasStatusOk().bodyText().contains("Welcome to Välitä", email, "id=\"password\"",
                "id=\"passwordAgain\"", "id=\"privacyAccepted\"");
        assertThat(page).hasHeader("Referrer-Policy", "no-referrer");
    }

    @Test
    void mismatchingPasswordsAreShownNextToTheSecondPasswordAndDoNotActivate() {
        String email = newEmail();
        UserAccount account = invite(email);
        String link = mailbox.awaitMail(email).invitationPath();

        assertThat(accept(link, NEW_PASSWORD, NEW_PASSWORD + "x", true))
                .hasStatusOk()
                .bodyText().contains("id=\"passwordAgain-error\"", "The passwords are not the same.", "error-summary");

        assertNotActivated(account, link);
    }

    @Test
    void shortPasswordIsShownNextToThePasswordAndDoesNotActivate() {
        String email = newEmail();
        UserAccount account = invite(email);
        String link = mailbox.awaitMail(email).invitationPath();

        assertThat(accept(link, "short", "short", true))
                .hasStatusOk()
                .bodyText().contains("id=\"password-error\"", "between 12 and 128");

        assertNotActivated(account, link);
    }

    @Test
    void aCommonPasswordIsRefusedWithAPlainExplanation() {
        String email = newEmail();
        UserAccount account = invite(email);
        String link = mailbox.awaitMail(email).invitationPath();

        assertThat(accept(link, "password1234", "password1234", true))
                .hasStatusOk()
                .bodyText().contains("id=\"password-error\"", "too easy to guess");

        assertNotActivated(account, link);
    }

    @Test
    void passwordSameAsEmailIsRefused() {
        String email = newEmail();
        UserAccount account = invite(email);
        String link = mailbox.awaitMail(email).invitationPath();

        assertThat(accept(link, email, email, true))
                .hasStatusOk()
                .bodyText().contains("id=\"password-error\"", "Do not use your e-mail address");

        assertNotActivated(account, link);
    }

    @Test
    void privacyNoticeMustBeAccepted() {
        String email = newEmail();
        UserAccount account = invite(email);
        String link = mailbox.awaitMail(email).invitationPath();

        assertThat(accept(link, NEW_PASSWORD, NEW_PASSWORD, false))
                .hasStatusOk()
                .bodyText().contains("id=\"privacyAccepted-error\"", "Read the privacy notice and tick the box.");

        assertNotActivated(account, link);
    }

    @Test
    void validAcceptanceActivatesTheAccountAndTheLinkWorksOnlyOnce() {
        String email = newEmail();
        UserAccount account = invite(email);
        String link = mailbox.awaitMail(email).invitationPath();

        assertThat(accept(link, NEW_PASSWORD, NEW_PASSWORD, true)).hasRedirectedUrl("/login?activated");

        assertThat(identity.account(account.id()).orElseThrow().active()).isTrue();
        assertThat(identity.account(account.id()).orElseThrow().privacyNoticeAcceptedAt()).isNotNull();
        assertThat(mvc.post().uri("/login").param("username", email).param("password", NEW_PASSWORD).with(csrf())
                        .session(new MockHttpSession()))
                .hasRedirectedUrl("/");
        assertThat(mvc.get().uri(link).header("Accept-Language", "en"))
                .hasStatus(HttpStatus.GONE).bodyText().contains("This link no longer works");
        assertThat(accept(link, "another password here", "another password here", true))
                .hasStatus(HttpStatus.GONE).bodyText().contains("This link no longer works");
    }

    @Test
    void unknownLinkIsGone() {
        assertThat(mvc.get().uri("/invitations/not-a-real-token")).hasStatus(HttpStatus.GONE);
    }

    @Test
    void expiredLinkIsGone() {
        String email = newEmail();
        UserAccount account = invite(email);
        String link = mailbox.awaitMail(email).invitationPath();
        jdbc.sql("""
                update invitation set created_at = now() - interval '8 days', expires_at = now() - interval '1 day'
                where user_id = :user""")
                .param("user", account.id())
                .update();

        assertThat(mvc.get().uri(link)).hasStatus(HttpStatus.GONE);
        assertThat(accept(link, NEW_PASSWORD, NEW_PASSWORD, true)).hasStatus(HttpStatus.GONE);
        assertThat(identity.account(account.id()).orElseThrow().active()).isFalse();
    }

    @Test
    void invitingAgainClosesTheOlderLink() {
        String email = newEmail();
        invite(pool.coordinator(), email, Role.EXPERT, pool.organisation().id());
        String first = mailbox.awaitMail(email).invitationPath();

        assertThat(invite(pool.coordinator(), email, Role.EXPERT, pool.organisation().id()))
                .hasRedirectedUrl("/coordinator/invitations/new");
        String second = mailbox.awaitMails(email, 2).stream()
                .map(Mailbox.Mail::invitationPath)
                .filter(path -> !path.equals(first))
                .findFirst()
                .orElseThrow();

        assertThat(mvc.get().uri(first)).hasStatus(HttpStatus.GONE);
        assertThat(mvc.get().uri(second)).hasStatusOk();
    }

    @Test
    void invitingSomeoneWhoAlreadyHasAnAccountIsShownNextToTheEmail() {
        assertThat(invite(pool.coordinator(), pool.expert().email(), Role.EXPERT, pool.organisation().id()))
                .hasStatusOk()
                .bodyText().contains("id=\"email-error\"", "This person already has an account.");
    }

    @Test
    void coordinatorCannotInviteACoordinator() {
        String email = newEmail();

        assertThat(invite(pool.coordinator(), email, Role.COORDINATOR, pool.organisation().id()))
                .hasStatusOk()
                .bodyText().contains("id=\"role-error\"", "You cannot invite a person in this role.");
        assertThat(jdbc.sql("select count(*) from user_account where email = :e").param("e", email)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void adminCanInviteACoordinator() {
        String email = newEmail();

        assertThat(invite(pool.admin(), email, Role.COORDINATOR, pool.organisation().id()))
                .hasRedirectedUrl("/coordinator/invitations/new");
        assertThat(jdbc.sql("select role from user_account where email = :e").param("e", email)
                .query(String.class).single()).isEqualTo("COORDINATOR");
        mailbox.awaitMail(email);
    }

    @Test
    void coordinatorCanInviteARequesterOfAClientTheirPoolServes() {
        var school = pools.clientOf(pool, "Served school");
        String email = newEmail();

        assertThat(invite(pool.coordinator(), email, Role.REQUESTER, school.organisation().id()))
                .hasRedirectedUrl("/coordinator/invitations/new");
        assertThat(mailbox.awaitMail(email).body()).contains(school.organisation().name());
    }

    @Test
    void coordinatorCannotInviteIntoAnOrganisationTheirPoolDoesNotServe() {
        var otherPool = pools.ngoPool("Other invitations");
        var otherSchool = pools.clientOf(otherPool, "Not our school");
        String email = newEmail();

        assertThat(invite(pool.coordinator(), email, Role.REQUESTER, otherSchool.organisation().id()))
                .hasStatusOk()
                .bodyText().contains("id=\"organisationId-error\"", "Your pool does not serve this organisation.");
        assertThat(invite(pool.coordinator(), email, Role.EXPERT, otherPool.organisation().id()))
                .hasStatusOk()
                .bodyText().contains("id=\"organisationId-error\"");
        assertThat(jdbc.sql("select count(*) from user_account where email = :e").param("e", email)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void unitMustBelongToTheChosenOrganisation() {
        OrganisationUnit otherUnit = identity.createUnit(pools.ngoPool("Unit owner").organisation().id(),
                "Foreign unit", null);
        String email = newEmail();

        assertThat(mvc.post().uri("/coordinator/invitations/new")
                        .with(user(pool.coordinator())).with(csrf())
                        .header("Accept-Language", "en")
                        .param("email", email)
                        .param("displayName", "Unit Person")
                        .param("role", "EXPERT")
                        .param("organisationId", pool.organisation().id().toString())
                        .param("unitId", otherUnit.id().toString())
                        .param("language", "fi"))
                .hasStatusOk()
                .bodyText().contains("id=\"unitId-error\"", "The unit is not in the chosen organisation.");
        assertThat(jdbc.sql("select count(*) from user_account where email = :e").param("e", email)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void invalidFormShowsErrorsAndSendsNothing() {
        assertThat(mvc.post().uri("/coordinator/invitations/new")
                        .with(user(pool.coordinator())).with(csrf())
                        .header("Accept-Language", "en")
                        .param("email", "not-an-address")
                        .param("displayName", "")
                        .param("role", "EXPERT")
                        .param("organisationId", pool.organisation().id().toString())
                        .param("unitId", "")
                        .param("language", "fi"))
                .hasStatusOk()
                .bodyText().contains("id=\"email-error\"", "id=\"displayName-error\"");
    }

    @Test
    void everyMistakeOfAnInvitationComesAtOnceAlsoThoseTheInvitationRulesFind() {
        var school = pools.clientOf(pool, "Invite School");
        OrganisationUnit otherUnit = identity.createUnit(pools.ngoPool("Other unit owner").organisation().id(),
                "Someone else's unit", null);

        MvcTestResult result = mvc.post().uri("/coordinator/invitations/new")
                .with(user(pool.coordinator())).with(csrf())
                .header("Accept-Language", "en")
                .param("email", pool.expert().email())
                .param("displayName", "")
                .param("role", "EXPERT")
                .param("organisationId", school.organisation().id().toString())
                .param("unitId", otherUnit.id().toString())
                .param("language", "fi")
                .exchange();

        assertThat(result).hasStatusOk();
        assertThat(ErrorSummary.of(result).fields())
                .containsExactly("displayName", "email", "organisationId", "unitId");
        assertThat(ErrorSummary.of(result).texts().getFirst()).startsWith("Name: ");
    }

    @Test
    void aShortPasswordAndASecondOneThatDiffersAreShownTogether() {
        String email = newEmail();
        UserAccount account = invite(email);
        String link = mailbox.awaitMail(email).invitationPath();

        MvcTestResult result = accept(link, "short", "shorter", false);

        assertThat(ErrorSummary.of(result).fields()).containsExactly("password", "passwordAgain", "privacyAccepted");
        assertThat(result).bodyText().contains("value=\"\"").doesNotContain("value=\"short\"");
        assertNotActivated(account, link);
    }

    private UserAccount invite(String email) {
        assertThat(invite(pool.coordinator(), email, Role.EXPERT, pool.organisation().id()))
                .hasRedirectedUrl("/coordinator/invitations/new");
        return identity.account(jdbc.sql("select id from user_account where email = :e").param("e", email)
                .query(UUID.class).single()).orElseThrow();
    }

    private MvcTestResult invite(CurrentUser inviter, String email, Role role, UUID organisationId) {
        return mvc.post().uri("/coordinator/invitations/new")
                .with(user(inviter)).with(csrf())
                .header("Accept-Language", "en")
                .param("email", email)
                .param("displayName", "Invited Person")
                .param("role", role.name())
                .param("organisationId", organisationId.toString())
                .param("unitId", "")
                .param("language", "en")
                .exchange();
    }

    private MvcTestResult accept(String link, String password, String again, boolean privacyAccepted) {
        MockMvcRequestBuilder post = mvc.post().uri(link).with(csrf())
                .header("Accept-Language", "en")
                .param("password", password)
                .param("passwordAgain", again)
                .param("_privacyAccepted", "on");
        if (privacyAccepted) {
            post.param("privacyAccepted", "true");
        }
        return post.exchange();
    }

    private void assertNotActivated(UserAccount account, String link) {
        assertThat(identity.account(account.id()).orElseThrow().active()).isFalse();
        assertThat(mvc.get().uri(link)).hasStatusOk();
    }

    private static String newEmail() {
        return "invited-" + UUID.randomUUID() + "@test.example";
    }
}
