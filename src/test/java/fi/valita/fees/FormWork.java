package fi.valita.fees;

import fi.valita.TestPools;
import fi.valita.assignments.AfterWork;
import fi.valita.assignments.Brokering;
import fi.valita.experts.EngagementForm;
import fi.valita.experts.TaskType;
import fi.valita.identity.CurrentUser;
import fi.valita.identity.Role;
import fi.valita.requests.AreasRule;
import fi.valita.requests.FeeBasis;
import fi.valita.requests.NewWorkRequest;
import fi.valita.requests.WorkRequests;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Experts of one engagement form or another, and a piece of work of this week done by them: offered (under a
 * given form or their usual one), accepted, reported (5 hours, 12 km by car, 6,40 € of tickets) and confirmed.
 */
public final class FormWork {

    private final TestPools pools;
    private final WorkRequests requests;
    private final Brokering brokering;
    private final AfterWork afterWork;

    public FormWork(TestPools pools, WorkRequests requests, Brokering brokering, AfterWork afterWork) {
        this.pools = pools;
        this.requests = requests;
        this.brokering = brokering;
        this.afterWork = afterWork;
    }

    public CurrentUser expert(TestPools.Pool pool, EngagementForm... forms) {
        CurrentUser expert = pools.person(pool.organisation().id(), Role.EXPERT,
                "Expert " + forms[0] + " " + UUID.randomUUID().toString().substring(0, 4));
        pools.engage(expert.id(), Set.of(forms));
        return expert;
    }

    /** The approved assignment's id. */
    public UUID approved(TestPools.Pool pool, CurrentUser expert, FeeBasis basis, @Nullable EngagementForm form) {
        return approved(pool, expert, basis, form, "5");
    }

    public UUID approved(TestPools.Pool pool, CurrentUser expert, FeeBasis basis, @Nullable EngagementForm form,
            String hours) {
        LocalDate today = LocalDate.now(ApprovedWork.HELSINKI);
        var request = requests.create(new NewWorkRequest(pool.organisation().id(), pool.organisation().id(), null,
                "Work this week", null, TaskType.LOBBY_PRESENCE, List.of(), AreasRule.ANY, null, null, "fi", null, null,
                today, today.plusDays(3), false, "091", null, null, 1, basis, null, "Contact Person", null, null, null),
                pool.requester());
        var offer = brokering.sendOffers(request.id(), List.of(expert.id()),
                form == null ? Map.of() : Map.of(expert.id(), form), Instant.now().plus(1, ChronoUnit.DAYS),
                pool.coordinator()).getFirst();
        UUID assignment = brokering.accept(offer.id(), brokering.agreementOffered(offer.id(), expert), expert).id();
        afterWork.complete(assignment, new BigDecimal(hours), 12, 640L, false, expert);
        afterWork.confirm(assignment, pool.requester());
        return assignment;
    }
}
