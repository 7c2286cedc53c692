package fi.valita.documents;

import fi.valita.TestPools;
import fi.valita.assignments.AfterWork;
import fi.valita.assignments.Brokering;
import fi.valita.experts.TaskType;
import fi.valita.fees.FeeLine;
import fi.valita.fees.FeeLineKind;
import fi.valita.fees.FeeLineStatus;
import fi.valita.fees.FeeLines;
import fi.valita.fees.RateKind;
import fi.valita.fees.Rates;
import fi.valita.identity.CurrentUser;
import fi.valita.requests.AreasRule;
import fi.valita.requests.FeeBasis;
import fi.valita.requests.NewWorkRequest;
import fi.valita.requests.WorkRequests;
import fi.valita.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Work taken through request, offer, acceptance, the expert's report and its confirmation (as
 * {@code fees.ApprovedWork} does, which is package-private to the fees tests), for the pool's own or a client
 * organisation and with a title of its own; then its fee lines approved with {@link FeeLines#approve}, and moved
 * to another day or a later status as the tests need.
 */
public record DocumentsWork(WorkRequests requests, Brokering brokering, AfterWork afterWork, FeeLines feeLines,
        Rates rates, JdbcClient jdbc) {

    public static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    /** The pool's card pays 20,00 € an hour from last year on. */
    public void hourlyRate(TestPools.Pool pool) {
        rates.add(RateKind.PER_HOUR, null, Money.parse("20,00"), 0, 0, LocalDate.now(HELSINKI).minusYears(1), null,
                pool.coordinator());
    }

    /** Work of this week ordered by the requester's organisation, done by the pool's expert and confirmed: drafts. */
    public UUID done(TestPools.Pool pool, CurrentUser requester, String title, FeeBasis basis,
            @Nullable Long agreedCents, String hours, int km, @Nullable Long ticketCents) {
        LocalDate today = LocalDate.now(HELSINKI);
        var request = requests.create(new NewWorkRequest(pool.organisation().id(), requester.organisationId(), null,
                title, null, TaskType.TEACHING, List.of(), AreasRule.ANY, null, null, "fi", null, null, today,
                today.plusDays(3), false, "091", null, null, 1, basis, agreedCents, "Contact Person", null, null, null),
                requester);
        var offer = brokering.sendOffers(request.id(), List.of(pool.expert().id()),
                Instant.now().plus(1, ChronoUnit.DAYS), pool.coordinator()).getFirst();
        UUID assignment = brokering.accept(offer.id(), brokering.agreementOffered(offer.id(), pool.expert()),
                pool.expert()).id();
        afterWork.complete(assignment, new BigDecimal(hours), km, ticketCents, false, pool.expert());
        afterWork.confirm(assignment, requester);
        return assignment;
    }

    /** Like {@link #done}, with every fee line approved by the pool's coordinator. */
    public UUID approved(TestPools.Pool pool, CurrentUser requester, String title, FeeBasis basis,
            @Nullable Long agreedCents, String hours, int km, @Nullable Long ticketCents) {
        UUID assignment = done(pool, requester, title, basis, agreedCents, hours, km, ticketCents);
        for (FeeLine line : feeLines.ofAssignment(assignment, pool.coordinator())) {
            feeLines.approve(line.id(), pool.coordinator());
        }
        return assignment;
    }

    /** Moves the assignment's fee lines to another work day, as if the work had been done then. */
    public void workedOn(UUID assignment, LocalDate day) {
        jdbc.sql("update fee_line set work_date = :day where assignment_id = :id")
                .param("day", day)
                .param("id", assignment)
                .update();
    }

    /** Puts a line of the assignment into a later status (payroll export and payment are not built here). */
    public void status(UUID assignment, FeeLineKind kind, FeeLineStatus status) {
        jdbc.sql("update fee_line set status = :status where assignment_id = :id and kind = :kind")
                .param("status", status.name())
                .param("id", assignment)
                .param("kind", kind.name())
                .update();
    }
}
