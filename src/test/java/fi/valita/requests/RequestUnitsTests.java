package fi.valita.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.identity.Identity;
import fi.valita.identity.OrganisationUnit;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The unit a request is for: required when the ordering organisation has units, and only one of its own. */
@ValitaTest
class RequestUnitsTests {

    @Autowired
    WorkRequests requests;

    @Autowired
    TestPools pools;

    @Autowired
    Identity identity;

    @Test
    void anOrganisationWithUnitsOrdersForOneOfThem() {
        var city = pools.ngoPool("Unit City");
        OrganisationUnit clinic = identity.createUnit(city.organisation().id(), "Poliklinikka", "698");

        WorkRequest saved = requests.create(talk(city, city.organisation().id(), clinic.id()), city.requester());

        assertThat(requests.get(saved.id(), city.coordinator()).requesterUnitId()).isEqualTo(clinic.id());
        assertThatThrownBy(() -> requests.create(talk(city, city.organisation().id(), null), city.requester()))
                .isInstanceOf(RequestRefused.class)
                .satisfies(e -> {
                    assertThat(((RequestRefused) e).field()).isEqualTo("requesterUnitId");
                    assertThat(((RequestRefused) e).messageKey()).isEqualTo("requests.error.unit-missing");
                });
    }

    @Test
    void anOrganisationWithoutUnitsOrdersWithoutOne() {
        var ngo = pools.ngoPool("Unitless NGO");

        WorkRequest saved = requests.create(talk(ngo, ngo.organisation().id(), null), ngo.requester());

        assertThat(saved.requesterUnitId()).isNull();
    }

    @Test
    void aUnitOfAnotherOrganisationIsRefused() {
        var ngo = pools.ngoPool("Own NGO");
        var school = pools.clientOf(ngo, "Unit School");
        OrganisationUnit ownUnit = identity.createUnit(ngo.organisation().id(), "Toimisto", "698");
        OrganisationUnit schoolUnit = identity.createUnit(school.organisation().id(), "Sosiaalialan linja", "091");
        var stranger = pools.ngoPool("Stranger NGO");
        OrganisationUnit strangersUnit = identity.createUnit(stranger.organisation().id(), "Vieras yksikkö", "698");

        for (var unit : new OrganisationUnit[] {ownUnit, strangersUnit}) {
            assertThatThrownBy(() -> requests.create(talk(ngo, school.organisation().id(), unit.id()), school.requester()))
                    .isInstanceOf(RequestRefused.class)
                    .extracting(e -> ((RequestRefused) e).messageKey()).isEqualTo("requests.error.unit");
        }
        assertThat(requests.ofMyOrganisation(school.requester())).isEmpty();
        assertThat(requests.create(talk(ngo, school.organisation().id(), schoolUnit.id()), ngo.coordinator())
                .requesterUnitId()).as("a coordinator enters the request for the client's unit").isEqualTo(schoolUnit.id());
    }

    private static NewWorkRequest talk(TestPools.Pool pool, UUID requesterOrganisation, @Nullable UUID unit) {
        NewWorkRequest r = TestRequests.talkInDays(pool.organisation().id(), requesterOrganisation, "698", 10);
        return new NewWorkRequest(r.poolOrganisationId(), r.requesterOrganisationId(), unit, r.title(), r.description(),
                r.taskType(), r.wantedAreas(), r.areasRule(), r.targetGroup(), r.audienceSize(), r.language(),
                r.startsAt(), r.endsAt(), r.windowFrom(), r.windowTo(), r.remote(), r.municipalityCode(), r.address(),
                r.remoteLink(), r.expertsNeeded(), r.feeBasis(), r.agreedFeeCents(), r.contactName(), r.contactPhone(),
                r.contactEmail(), r.notes());
    }
}
