package fi.valita.demo;

import fi.valita.assignments.AfterWork;
import fi.valita.assignments.Brokering;
import fi.valita.experts.TaskType;
import fi.valita.fees.FeeLine;
import fi.valita.fees.FeeLines;
import fi.valita.fees.RateKind;
import fi.valita.fees.Rates;
import fi.valita.identity.CurrentUser;
import fi.valita.identity.Identity;
import fi.valita.identity.UserAccount;
import fi.valita.payroll.Iban;
import fi.valita.payroll.PaymentDetails;
import fi.valita.payroll.PayrollPermissions;
import fi.valita.payroll.PersonalIdentityCode;
import fi.valita.requests.AreasRule;
import fi.valita.requests.FeeBasis;
import fi.valita.requests.NewWorkRequest;
import fi.valita.requests.WorkRequests;
import fi.valita.shared.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Fictional rate cards and work done this week, so that the fee pages have something to review:
 * each pool gets a rate card; a few experts report work and the requester confirms it, which makes
 * draft fee lines; the demo expert's lines are approved, so they show in her earnings and can be
 * exported by the payroll user (the demo coordinator of Helsinki holds the payroll permission).
 * Figures are examples, not advice.
 */
@Component
class DemoFees {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private final Rates rates;
    private final WorkRequests requests;
    private final Brokering brokering;
    private final AfterWork afterWork;
    private final FeeLines feeLines;
    private final PaymentDetails paymentDetails;
    private final PayrollPermissions payrollPermissions;
    private final Identity identity;
    private final Clock clock;

    DemoFees(Rates rates, WorkRequests requests, Brokering brokering, AfterWork afterWork, FeeLines feeLines,
            PaymentDetails paymentDetails, PayrollPermissions payrollPermissions, Identity identity, Clock clock) {
        this.rates = rates;
        this.requests = requests;
        this.brokering = brokering;
        this.afterWork = afterWork;
        this.feeLines = feeLines;
        this.paymentDetails = paymentDetails;
        this.payrollPermissions = payrollPermissions;
        this.identity = identity;
        this.clock = clock;
    }

    /** Returns how many assignments were reported and confirmed. */
    int load(Map<String, UserAccount> people) {
        CurrentUser helsinki = DemoBrokering.user(people, "coordinator@demo.example");
        CurrentUser lappi = DemoBrokering.user(people, "coordinator.lappi@demo.example");
        CurrentUser pirkanmaa = DemoBrokering.user(people, "coordinator.pirkanmaa@demo.example");
        LocalDate yearStart = LocalDate.now(clock.withZone(HELSINKI)).withDayOfYear(1);
        rates.add(RateKind.PER_HOUR, null, Money.ofCents(2000), 30, 60, yearStart, null, helsinki);
        rates.add(RateKind.PER_TASK, TaskType.STORY_LARGE_AUDIENCE, Money.ofCents(10000), 0, 0, yearStart, null,
                helsinki);
        rates.add(RateKind.PER_HOUR, null, Money.ofCents(1800), 0, 60, yearStart, null, lappi);
        rates.add(RateKind.PER_HOUR, null, Money.ofCents(2000), 15, 60, yearStart, null, pirkanmaa);
        rates.add(RateKind.PER_MEETING, TaskType.SERVICE_DEVELOPMENT, Money.ofCents(5000), 0, 0, yearStart, null,
                pirkanmaa);

        CurrentUser requester = DemoBrokering.user(people, "requester@demo.example");
        CurrentUser laura = DemoBrokering.user(people, "expert@demo.example");
        CurrentUser pekka = DemoBrokering.user(people, "pekka.korhonen@demo.example");
        CurrentUser satu = DemoBrokering.user(people, "satu.heinonen@demo.example");
        CurrentUser tampere = DemoBrokering.user(people, "requester.tampere@demo.example");
        CurrentUser paivi = DemoBrokering.user(people, "paivi.rantanen@demo.example");
        CurrentUser teemu = DemoBrokering.user(people, "teemu.salminen@demo.example");

        UUID lauraTalk = done("091", requester, helsinki, laura, TaskType.STORY_LARGE_AUDIENCE, FeeBasis.ORGANISATION_RATE,
                null, "Toipumistarina henkilöstöinfossa (demo)", "2", 24, 560L);
        UUID lauraGroup = done("091", requester, helsinki, laura, TaskType.GROUP_FACILITATION_WITH_PROFESSIONAL,
                FeeBasis.ORGANISATION_RATE, null, "Vertaisryhmän ohjaus yhdessä sairaanhoitajan kanssa (demo)", "1.5",
                0, 280L);
        // Pekka works in 27 e § work activity and Teemu in rehabilitative work activity: no fee for either (the law
        // does not allow one), a work-share payment for Pekka's day, bus tickets for both, a day of activity recorded.
        done("091", requester, helsinki, pekka, TaskType.LOBBY_PRESENCE, FeeBasis.ORGANISATION_RATE, null,
                "Aulatoiminta poliklinikalla (demo)", "4", 0, 640L);
        done("091", requester, helsinki, teemu, TaskType.GROUP_FACILITATION_ALONE, FeeBasis.ORGANISATION_RATE, null,
                "Pienryhmä päivätoimintakeskuksessa (demo)", "5", 0, 640L);
        done("091", requester, helsinki, satu, TaskType.TEACHING, FeeBasis.AGREED_SUM, 15000L,
                "Koulutus osaston henkilökunnalle (demo)", "3", 0, 560L);
        done("837", tampere, pirkanmaa, paivi, TaskType.PEER_SUPPORT_ONE_TO_ONE, FeeBasis.VOLUNTEER, null,
                "Vertaistukitapaaminen (demo)", "2", 38, null);
        for (UUID assignment : List.of(lauraTalk, lauraGroup)) {
            for (FeeLine line : feeLines.ofAssignment(assignment, helsinki)) {
                feeLines.approve(line.id(), helsinki);
            }
        }
        payrollPermissions.grant(helsinki.id(), DemoBrokering.user(people, "admin@demo.example"));
        if (paymentDetails.canSaveSecrets()) {
            // Artificial identity codes (individual numbers 900-999 are never given to real people) and the
            // IBAN of a bank's public example number series: fictional, like everything in the demo.
            payment(laura, LocalDate.of(1984, 3, 12), 912, "FI2112345600000785");
            payment(pekka, LocalDate.of(1969, 11, 2), 927, "FI4012345600001122");
            // Satu has not given hers: the payroll preview warns about it.
        }
        return 6;
    }

    private void payment(CurrentUser expert, LocalDate born, int individual, String iban) {
        paymentDetails.save(expert, null, PersonalIdentityCode.artificial(born, individual),
                Iban.parse(iban).orElseThrow());
    }

    private UUID done(String municipality, CurrentUser requester, CurrentUser coordinator, CurrentUser expert,
            TaskType task,
            FeeBasis basis, @Nullable Long agreedCents, String title, String hours, int km, @Nullable Long tickets) {
        LocalDate today = LocalDate.now(clock.withZone(HELSINKI));
        UUID pool = requests.poolsFor(requester).getFirst();
        var request = requests.create(new NewWorkRequest(pool, requester.organisationId(),
                DemoBrokering.unitOf(identity, requester), title, null, task,
                List.of(), AreasRule.ANY, null, null, "fi", null, null, today, today.plusDays(2), false,
                municipality, null, null, 1, basis, agreedCents,
                requester.displayName(), null, requester.email(), null), requester);
        var offer = brokering.sendOffers(request.id(), List.of(expert.id()),
                clock.instant().plus(1, ChronoUnit.DAYS), coordinator).getFirst();
        // The expert takes the work as the offer page shows it: fee-based work with its assignment agreement.
        UUID assignment = brokering.accept(offer.id(), brokering.agreementOffered(offer.id(), expert), expert).id();
        afterWork.complete(assignment, new BigDecimal(hours), km, tickets, false, expert);
        afterWork.confirm(assignment, requester);
        return assignment;
    }
}
