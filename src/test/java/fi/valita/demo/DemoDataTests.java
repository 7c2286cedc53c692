package fi.valita.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import fi.valita.ValitaTest;
import fi.valita.experts.ExpertFilter;
import fi.valita.experts.ExpertPool;
import fi.valita.experts.ExpertSummary;
import fi.valita.experts.PublicCard;
import fi.valita.identity.CurrentUser;
import fi.valita.identity.Identity;
import fi.valita.identity.Organisation;
import fi.valita.identity.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The shared test context does not load the demo data at startup; these tests load it themselves. */
@ValitaTest
class DemoDataTests {

    @Autowired
    DemoData demo;

    @Autowired
    Identity identity;

    @Autowired
    ExpertPool pool;

    @Autowired
    AuthenticationManager authentication;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Clock clock;

    @Autowired
    fi.valita.assignments.Brokering brokering;

    @Autowired
    fi.valita.assignments.Assignments assignments;

    @Autowired
    fi.valita.requests.WorkRequests workRequests;

    @BeforeEach
    void loadDemoData() {
        demo.load();
    }

    @Test
    void threePoolsWithFortyExpertsOverManyMunicipalities() {
        assertThat(demoOrganisations()).filteredOn(Organisation::runsPool)
                .extracting(Organisation::name)
                .containsExactlyInAnyOrder(DemoData.LAPPI, DemoData.HELSINKI, DemoData.PIRKANMAA);
        List<ExpertSummary> experts = allDemoExperts();

        assertThat(experts).hasSizeGreaterThanOrEqualTo(40);
        assertThat(experts).extracting(ExpertSummary::homeMunicipality).doesNotContainNull();
        assertThat(experts.stream().map(ExpertSummary::homeMunicipality).distinct().count()).isGreaterThanOrEqualTo(15);
        assertThat(experts).filteredOn(ExpertSummary::onBreak).hasSizeGreaterThanOrEqualTo(3);
        assertThat(experts).filteredOn(ExpertSummary::trained).hasSizeGreaterThan(experts.size() / 2);
        assertThat(experts).filteredOn(e -> !e.trained()).isNotEmpty();
        assertThat(experts).allMatch(ExpertSummary::accountActive);
        assertThat(experts).flatExtracting(ExpertSummary::languages).contains("fi", "sv", "en", "se", "ru");
    }

    @Test
    void documentedAccountsSignInWithTheirRolesInTheHelsinkiPool() {
        CurrentUser admin = signIn("admin@demo.example");
        CurrentUser coordinator = signIn("coordinator@demo.example");
        CurrentUser expert = signIn("expert@demo.example");
        CurrentUser requester = signIn("requester@demo.example");

        assertThat(List.of(admin, coordinator, expert, requester)).extracting(CurrentUser::role)
                .containsExactly(Role.ADMIN, Role.COORDINATOR, Role.EXPERT, Role.REQUESTER);
        assertThat(identity.organisation(admin.organisationId())).map(Organisation::name).contains(DemoData.HELSINKI);
        assertThat(List.of(coordinator, expert, requester)).extracting(CurrentUser::organisationId)
                .containsOnly(admin.organisationId());
        assertThat(signIn("coordinator.lappi@demo.example").role()).isEqualTo(Role.COORDINATOR);
        assertThat(signIn("coordinator.pirkanmaa@demo.example").role()).isEqualTo(Role.COORDINATOR);
    }

    @Test
    void demoRequesterSignsInThroughTheLoginPage() {
        assertThat(mvc.post().uri("/login").with(csrf())
                        .param("username", "requester@demo.example")
                        .param("password", DemoData.PASSWORD))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/");
        assertThat(mvc.post().uri("/login").with(csrf())
                        .param("username", "requester@demo.example")
                        .param("password", "not-the-demo-password"))
                .hasRedirectedUrl("/login?error");
    }

    @Test
    void everyDemoAccountHasWorkWaitingAtOnce() {
        CurrentUser expert = signIn("expert@demo.example");
        CurrentUser coordinator = signIn("coordinator@demo.example");
        CurrentUser requester = signIn("requester@demo.example");

        assertThat(brokering.openOffersOf(expert)).hasSize(1);
        assertThat(assignments.mine(expert)).hasSize(3)
                .filteredOn(a -> a.assignment().status() == fi.valita.assignments.AssignmentStatus.CONFIRMED).hasSize(1);
        assertThat(workRequests.inbox(fi.valita.requests.InboxFilter.open(), coordinator)).hasSizeGreaterThanOrEqualTo(3);
        assertThat(workRequests.ofMyOrganisation(requester)).isNotEmpty();
        assertThat(mvc.get().uri("/pool").with(user(requester))).hasStatusOk().bodyText().contains("Laura Virtanen");
    }

    @Autowired
    fi.valita.fees.FeeLines feeLines;

    @Autowired
    fi.valita.payroll.PayrollPermissions payrollPermissions;

    @Autowired
    fi.valita.payroll.Payroll payroll;

    @Test
    void demoHasFeesToReviewAndApprovedFeesThePayrollUserCanExport() {
        CurrentUser expert = signIn("expert@demo.example");
        CurrentUser coordinator = signIn("coordinator@demo.example");
        LocalDate today = LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/Helsinki")));
        var statuses = java.util.EnumSet.allOf(fi.valita.fees.FeeLineStatus.class);

        var lauras = feeLines.visibleTo(expert, statuses, today.minusDays(3), today.plusDays(3));
        assertThat(lauras).isNotEmpty()
                .allMatch(line -> line.status() == fi.valita.fees.FeeLineStatus.APPROVED)
                .anyMatch(line -> line.kind() == fi.valita.fees.FeeLineKind.FEE && line.total().cents() > 0);
        var pools = feeLines.visibleTo(coordinator, statuses, today.minusDays(3), today.plusDays(3));
        assertThat(pools).anyMatch(line -> line.status() == fi.valita.fees.FeeLineStatus.DRAFT)
                .noneMatch(line -> line.kind() == fi.valita.fees.FeeLineKind.FEE && line.total().cents() == 0);
        assertThat(payrollPermissions.has(coordinator)).isTrue();
        var preview = payroll.preview(coordinator,
                new fi.valita.payroll.PayrollPeriod(today.minusDays(3), today.plusDays(3), today));
        assertThat(preview.payees()).singleElement().satisfies(payee -> {
            assertThat(payee.name()).isEqualTo("Laura Virtanen");
            assertThat(payee.codeEnding()).isNotNull();
        });
    }

    @Test
    void demoExpertHasAFullProfile() {
        CurrentUser expert = signIn("expert@demo.example");
        var profile = pool.profile(expert.id(), expert);

        assertThat(profile.homeMunicipality()).isEqualTo("091");
        assertThat(profile.languages()).contains("fi", "sv", "en");
        assertThat(profile.taskTypes()).isNotEmpty();
        assertThat(profile.engagementForms()).isNotEmpty();
        assertThat(profile.experiences()).hasSizeGreaterThanOrEqualTo(2).anyMatch(e -> !e.usableForMatching());
        assertThat(profile.trainings()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(profile.availability()).isNotEmpty();
        assertThat(profile.introduction()).contains("Laura");
        assertThat(profile.isTrained(LocalDate.now(clock))).isTrue();
        assertThat(profile.isOnBreak(LocalDate.now(clock))).isFalse();
    }

    @Test
    void demoRequesterSeesCardsButNotHiddenExpertsOrThoseOnABreak() {
        CurrentUser requester = signIn("requester@demo.example");

        List<PublicCard> cards = pool.cardsFor(requester, Locale.of("fi"));

        assertThat(cards).hasSizeGreaterThanOrEqualTo(10);
        assertThat(cards).extracting(PublicCard::displayName)
                .contains("Laura Virtanen")
                .doesNotContain("Teemu Salminen", "Markku Lehtonen", "Olga Smirnova");
        assertThat(cards).extracting(PublicCard::homeMunicipality).contains("Helsinki", "Espoo");
    }

    @Test
    void clientsOfTheOtherPoolsSeeTheirPoolsExperts() {
        var school = pool.cardsFor(signIn("requester.koulu@demo.example"), Locale.of("fi"));
        var clinic = pool.cardsFor(signIn("requester.poliklinikka@demo.example"), Locale.of("fi"));

        assertThat(school).extracting(PublicCard::displayName).contains("Marja-Leena Niskala")
                .doesNotContain("Laura Virtanen");
        assertThat(clinic).extracting(PublicCard::displayName).contains("Tuula Lahtinen")
                .doesNotContain("Marja-Leena Niskala");
    }

    @Test
    void loadingAgainAddsNothing() {
        int organisations = demoOrganisations().size();
        int experts = allDemoExperts().size();

        assertThat(demo.load()).isFalse();

        assertThat(demoOrganisations()).hasSize(organisations);
        assertThat(allDemoExperts()).hasSize(experts);
    }

    private List<Organisation> demoOrganisations() {
        return identity.organisations().stream().filter(o -> o.name().endsWith(DemoData.MARK)).toList();
    }

    private List<ExpertSummary> allDemoExperts() {
        return List.of("coordinator@demo.example", "coordinator.lappi@demo.example", "coordinator.pirkanmaa@demo.example")
                .stream()
                .flatMap(email -> pool.search(ExpertFilter.none(), signIn(email)).stream())
                .toList();
    }

    private CurrentUser signIn(String email) {
        var result = authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(email, DemoData.PASSWORD));
        return (CurrentUser) Objects.requireNonNull(result.getPrincipal());
    }
}
