package fi.valita.fees;

import fi.valita.TestPools;
import fi.valita.assignments.AfterWork;
import fi.valita.assignments.Brokering;
import fi.valita.experts.TaskType;
import fi.valita.requests.AreasRule;
import fi.valita.requests.FeeBasis;
import fi.valita.requests.NewWorkRequest;
import fi.valita.requests.WorkRequests;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Takes a request of this week through offer, acceptance, the expert's report and its confirmation. */
public final class ApprovedWork {

    public static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private final WorkRequests requests;
    private final Brokering brokering;
    private final AfterWork afterWork;

    public ApprovedWork(WorkRequests requests, Brokering brokering, AfterWork afterWork) {
        this.requests = requests;
        this.brokering = brokering;
        this.afterWork = afterWork;
    }

    /** The approved assignment's id. */
    public UUID approve(TestPools.Pool pool, TaskType taskType, FeeBasis basis, @Nullable Long agreedCents, String hours,
            int km, @Nullable Long ticketCents) {
        LocalDate today = LocalDate.now(HELSINKI);
        var request = requests.create(new NewWorkRequest(pool.organisation().id(), pool.organisation().id(), null,
                "Work this week", null, taskType, List.of(), AreasRule.ANY, null, null, "fi", null, null, today,
                today.plusDays(3), false, "091", null, null, 1, basis, agreedCents, "Contact Person", null, null, null),
                pool.requester());
        var offer = brokering.sendOffers(request.id(), List.of(pool.expert().id()),
                Instant.now().plus(1, ChronoUnit.DAYS), pool.coordinator()).getFirst();
        UUID assignment = brokering.accept(offer.id(), brokering.agreementOffered(offer.id(), pool.expert()),
                pool.expert()).id();
        afterWork.complete(assignment, new BigDecimal(hours), km, ticketCents, false, pool.expert());
        afterWork.confirm(assignment, pool.requester());
        return assignment;
    }

    /** Like {@link #approve}, but stops once the expert has reported the work: the assignment's id. */
    public UUID reported(TestPools.Pool pool, FeeBasis basis, int km) {
        LocalDate today = LocalDate.now(HELSINKI);
        var request = requests.create(new NewWorkRequest(pool.organisation().id(), pool.organisation().id(), null,
                "Work this week", null, TaskType.TEACHING, List.of(), AreasRule.ANY, null, null, "fi", null, null,
                today, today.plusDays(3), false, "091", null, null, 1, basis, null, "Contact Person", null, null,
                null), pool.requester());
        var offer = brokering.sendOffers(request.id(), List.of(pool.expert().id()),
                Instant.now().plus(1, ChronoUnit.DAYS), pool.coordinator()).getFirst();
        UUID assignment = brokering.accept(offer.id(), brokering.agreementOffered(offer.id(), pool.expert()),
                pool.expert()).id();
        afterWork.complete(assignment, BigDecimal.TWO, km, null, false, pool.expert());
        return assignment;
    }

    /** The pool's requester confirms the reported work. */
    public void confirm(TestPools.Pool pool, UUID assignment) {
        afterWork.confirm(assignment, pool.requester());
    }
}
