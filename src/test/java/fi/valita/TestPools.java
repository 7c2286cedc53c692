package fi.valita;

import fi.valita.experts.EngagementForm;
import fi.valita.identity.CapturedMails;
import fi.valita.identity.CurrentUser;
import fi.valita.identity.Identity;
import fi.valita.identity.Invite;
import fi.valita.identity.Organisation;
import fi.valita.identity.OrganisationKind;
import fi.valita.identity.Role;
import fi.valita.identity.UserAccount;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Intention-named test data: organisations with pools and the people in them. Every call makes
 * new, uniquely named records, so tests sharing a database do not see each other's data.
 */
@TestComponent
@Import(CapturedMails.class) // every test context that makes pools also reads e-mails as their recipients get them
public class TestPools {

    public static final String PASSWORD = "correct-horse-battery";

    /**
     * The engagement forms every expert made here has, unless a test says otherwise with {@link #engage}: fee-based
     * and volunteer work, so that both kinds of request can be offered to them.
     */
    public static final Set<EngagementForm> USUAL_FORMS =
            Set.of(EngagementForm.FEE_BASED_ASSIGNMENT, EngagementForm.VOLUNTEER);

    private final Identity identity;
    private final JdbcClient jdbc;

    public TestPools(Identity identity, JdbcClient jdbc) {
        this.identity = identity;
        this.jdbc = jdbc;
    }

    /** An NGO running a pool, with one coordinator, one expert and one requester of its own. */
    public Pool ngoPool(String name) {
        Organisation org = identity.createOrganisation(unique(name), OrganisationKind.NGO, "698", true);
        return new Pool(
                org,
                person(org.id(), Role.ADMIN, "Admin"),
                person(org.id(), Role.COORDINATOR, "Coordinator"),
                person(org.id(), Role.EXPERT, "Expert"),
                person(org.id(), Role.REQUESTER, "Requester"));
    }

    /** The platform operator's sign-in e-mail in the test configuration ({@code valita.platform-operators}). */
    public static final String OPERATOR_EMAIL = "operator@test.example";

    /**
     * The platform operator the test configuration names: an admin of an operating organisation of its own, made
     * the first time a test asks for it in the database.
     */
    public synchronized CurrentUser operator() {
        return jdbc.sql("select id from user_account where lower(email) = :email").param("email", OPERATOR_EMAIL)
                .query(UUID.class).optional().flatMap(identity::account)
                .map(TestPools::asCurrentUser)
                .orElseGet(() -> {
                    Organisation org = identity.createOrganisation(unique("Platform operator"), OrganisationKind.NGO,
                            "091", false);
                    return asCurrentUser(identity.createActiveAccount(new Invite(OPERATOR_EMAIL, "Platform Operator",
                            Role.ADMIN, org.id(), null, Locale.of("fi")), PASSWORD));
                });
    }

    /** A school that orders from the given pool. */
    public Client clientOf(Pool pool, String name) {
        Organisation school = identity.createOrganisation(unique(name), OrganisationKind.SCHOOL, "091", false);
        identity.serveClient(pool.organisation().id(), school.id());
        return new Client(school, person(school.id(), Role.REQUESTER, "Teacher"));
    }

    public CurrentUser person(UUID organisationId, Role role, String name) {
        String email = role.name().toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID() + "@test.example";
        UserAccount account = identity.createActiveAccount(
                new Invite(email, name, role, organisationId, null, Locale.of("fi")), PASSWORD);
        if (role == Role.EXPERT) {
            engage(account.id(), USUAL_FORMS);
        }
        return asCurrentUser(account);
    }

    /**
     * Sets the expert's engagement forms as they are (empty: none recorded), straight in the table: test data, not
     * an edit anyone makes, so the profile's version stays as it was.
     */
    public void engage(UUID expertId, Set<EngagementForm> forms) {
        jdbc.sql("update expert set engagement_forms = cast(:forms as text[]) where id = :id")
                .param("forms", "{" + String.join(",", forms.stream().map(Enum::name).sorted().toList()) + "}")
                .param("id", expertId)
                .update();
    }

    public static CurrentUser asCurrentUser(UserAccount account) {
        return new CurrentUser(account.id(), account.organisationId(), account.email(), account.displayName(),
                account.role(), true, "{noop}unused");
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public record Pool(Organisation organisation, CurrentUser admin, CurrentUser coordinator, CurrentUser expert,
            CurrentUser requester) {}

    public record Client(Organisation organisation, CurrentUser requester) {}
}
