package fi.valita.demo;

import fi.valita.identity.Identity;
import fi.valita.identity.Invite;
import fi.valita.identity.Organisation;
import fi.valita.identity.OrganisationKind;
import fi.valita.identity.OrganisationUnit;
import fi.valita.identity.Role;
import fi.valita.identity.UserAccount;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A clearly fictional demo data set, modelled on the organisations in the domain notes: every
 * organisation, unit and person in it is made up, every organisation's name ends in "(demo)" and
 * every e-mail address is on the reserved {@code demo.example} domain. Three pools (an NGO in
 * Lapland, the mental-health and substance-abuse services of the City of Helsinki, an NGO in
 * Pirkanmaa), their client organisations, the documented demo accounts and about fifty experts
 * from {@code demo/experts.csv}. All accounts have the password {@link #PASSWORD}.
 */
@Component
public class DemoData {

    public static final String PASSWORD = "demo-Valita-2026";

    static final String MARK = "(demo)";
    static final String LAPPI = "Kaamosvalo ry (demo)";
    static final String HELSINKI = "Helsingin kaupunki, mielenterveys- ja päihdepalvelut (demo)";
    static final String PIRKANMAA = "Kokemustori Pirkanmaa ry (demo)";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final long SEED = 2026;
    /** The coordinator of each demo pool, who has confirmed most of its experts' trainings. */
    private static final Map<String, String> COORDINATORS = Map.of("HELSINKI", "coordinator@demo.example",
            "LAPPI", "coordinator.lappi@demo.example", "PIRKANMAA", "coordinator.pirkanmaa@demo.example");

    private final Identity identity;
    private final DemoProfiles profiles;
    private final DemoBrokering brokering;
    private final DemoFees fees;

    DemoData(Identity identity, DemoProfiles profiles, DemoBrokering brokering, DemoFees fees) {
        this.identity = identity;
        this.profiles = profiles;
        this.brokering = brokering;
        this.fees = fees;
    }

    /** Whether an organisation of the demo data set exists already. */
    public boolean isLoaded() {
        return identity.organisations().stream().anyMatch(o -> o.name().endsWith(MARK));
    }

    /**
     * Loads the demo data in one transaction, unless it is there already.
     *
     * @return false if nothing was loaded because the demo data existed
     */
    @Transactional
    public boolean load() {
        if (isLoaded()) {
            return false;
        }
        Organisation lappi = identity.createOrganisation(LAPPI, OrganisationKind.NGO, "698", true);
        Organisation helsinki = identity.createOrganisation(HELSINKI, OrganisationKind.CITY, "091", true);
        Organisation pirkanmaa = identity.createOrganisation(PIRKANMAA, OrganisationKind.NGO, "837", true);
        var malmi = identity.createUnit(helsinki.id(), "Malmin psykiatria- ja päihdekeskus (demo)", "091");
        var kalasatama = identity.createUnit(helsinki.id(), "Kalasataman terveys- ja hyvinvointikeskus (demo)", "091");
        identity.createUnit(helsinki.id(), "Koivurinteen sairaala, osasto 3 (demo)", "091");
        identity.createUnit(helsinki.id(), "Päivätoimintakeskus Majakka (demo)", "091");
        var school = client(lappi, "Revontulen ammattiopisto (demo)", OrganisationKind.SCHOOL, "698");
        var tampere = client(pirkanmaa, "Tampereen kaupunki, aikuissosiaalityö (demo)", OrganisationKind.CITY, "837");
        var clinic = client(pirkanmaa, "Pirkanmaan hyvinvointialue, psykiatrian poliklinikka (demo)",
                OrganisationKind.WELLBEING_COUNTY, "837");

        var staff = List.of(
                new Person("admin@demo.example", "Riitta Saarinen", Role.ADMIN, helsinki, null),
                new Person("coordinator@demo.example", "Jukka Lindberg", Role.COORDINATOR, helsinki, null),
                new Person("coordinator.lappi@demo.example", "Anne Mattila", Role.COORDINATOR, lappi, null),
                new Person("coordinator.pirkanmaa@demo.example", "Timo Kallioinen", Role.COORDINATOR, pirkanmaa, null),
                new Person("requester@demo.example", "Helena Toivonen", Role.REQUESTER, helsinki, malmi),
                new Person("requester.kalasatama@demo.example", "Karoliina Berg", Role.REQUESTER, helsinki, kalasatama),
                new Person("requester.koulu@demo.example", "Ari Huttunen", Role.REQUESTER, school, null),
                new Person("requester.tampere@demo.example", "Merja Nurmi", Role.REQUESTER, tampere, null),
                new Person("requester.poliklinikka@demo.example", "Jari Leinonen", Role.REQUESTER, clinic, null));
        Map<String, UserAccount> people = new HashMap<>();
        staff.forEach(person -> people.put(person.email(), account(person.email(), person.name(), person.role(),
                person.organisation(), person.unit())));

        var pools = Map.of("LAPPI", lappi, "HELSINKI", helsinki, "PIRKANMAA", pirkanmaa);
        var random = new Random(SEED);
        int experts = 0;
        for (DemoExpert expert : DemoExpert.readAll()) {
            Organisation pool = pools.get(expert.pool());
            if (pool == null) {
                throw new IllegalArgumentException("Unknown demo pool " + expert.pool());
            }
            UserAccount account = account(expert.email(), expert.name(), Role.EXPERT, pool, null);
            people.put(account.email(), account);
            profiles.fill(account, expert, pool.name(), random, DemoBrokering.user(people, COORDINATORS.get(expert.pool())));
            experts++;
        }
        int workRequests = brokering.load(people);
        int paidWork = fees.load(people);
        log.info("Loaded the fictional demo data: 3 pools, 3 client organisations, {} experts, {} other accounts, "
                + "{} work requests, {} of them done with fee lines", experts, staff.size(), workRequests + paidWork,
                paidWork);
        return true;
    }

    private record Person(String email, String name, Role role, Organisation organisation,
            @Nullable OrganisationUnit unit) {}

    private Organisation client(Organisation pool, String name, OrganisationKind kind, String municipality) {
        Organisation client = identity.createOrganisation(name, kind, municipality, false);
        identity.serveClient(pool.id(), client.id());
        return client;
    }

    private UserAccount account(String email, String name, Role role, Organisation organisation,
            @Nullable OrganisationUnit unit) {
        return identity.createActiveAccount(
                new Invite(email, name, role, organisation.id(), unit == null ? null : unit.id(), Locale.of("fi")),
                PASSWORD);
    }
}
