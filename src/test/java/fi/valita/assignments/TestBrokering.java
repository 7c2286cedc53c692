package fi.valita.assignments;

import fi.valita.TestPools;
import fi.valita.identity.CurrentUser;
import fi.valita.identity.Role;
import fi.valita.requests.NewWorkRequest;
import fi.valita.requests.TestRequests;
import fi.valita.requests.WorkRequest;
import fi.valita.requests.WorkRequests;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/** Intention-named requests, experts and offers for the assignments tests. */
record TestBrokering(TestPools pools, WorkRequests requests, Brokering brokering) {

    /** A talk for the pool's own requester, starting in the given number of days, needing this many experts. */
    WorkRequest talk(TestPools.Pool pool, int days, int needed) {
        NewWorkRequest r = TestRequests.talkInDays(pool.organisation().id(), pool.organisation().id(), "091", days);
        return requests.create(needing(r, needed), pool.requester());
    }

    List<CurrentUser> experts(TestPools.Pool pool, int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> pools.person(pool.organisation().id(), Role.EXPERT, "Expert " + i))
                .toList();
    }

    /** Offers the request to the experts with a day to answer; returns the offers in the experts' order. */
    List<Offer> offer(WorkRequest request, TestPools.Pool pool, List<CurrentUser> experts) {
        List<Offer> sent = brokering.sendOffers(request.id(), experts.stream().map(CurrentUser::id).toList(), tomorrow(),
                pool.coordinator());
        return experts.stream()
                .map(e -> sent.stream().filter(o -> o.expertId().equals(e.id())).findFirst().orElseThrow())
                .toList();
    }

    Offer offer(WorkRequest request, TestPools.Pool pool, CurrentUser expert) {
        return offer(request, pool, List.of(expert)).getFirst();
    }

    static Instant tomorrow() {
        return Instant.now().plus(1, ChronoUnit.DAYS);
    }

    static NewWorkRequest needing(NewWorkRequest r, int needed) {
        return new NewWorkRequest(r.poolOrganisationId(), r.requesterOrganisationId(), r.requesterUnitId(), r.title(),
                r.description(), r.taskType(), r.wantedAreas(), r.areasRule(), r.targetGroup(), r.audienceSize(),
                r.language(), r.startsAt(), r.endsAt(), r.windowFrom(), r.windowTo(), r.remote(), r.municipalityCode(),
                r.address(), r.remoteLink(), needed, r.feeBasis(), r.agreedFeeCents(), r.contactName(),
                r.contactPhone(), r.contactEmail(), r.notes());
    }

    static List<UUID> ids(List<CurrentUser> users) {
        return users.stream().map(CurrentUser::id).toList();
    }
}
