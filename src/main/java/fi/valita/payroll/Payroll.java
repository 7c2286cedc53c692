package fi.valita.payroll;

import fi.valita.fees.FeeLedger;
import fi.valita.fees.FeeLine;
import fi.valita.fees.FeeLineStatus;
import fi.valita.fees.FeePayments;
import fi.valita.identity.CurrentUser;
import fi.valita.identity.Identity;
import fi.valita.identity.Organisation;
import fi.valita.identity.UserAccount;
import fi.valita.payroll.PayeePreview.KindTotal;
import fi.valita.payroll.PayeePreview.Warning;
import fi.valita.payroll.internal.CodeAccessRecords;
import fi.valita.payroll.internal.CsvFiles;
import fi.valita.payroll.internal.ExportRecords;
import fi.valita.payroll.internal.IncomeTypeRecords;
import fi.valita.payroll.internal.PaymentDetailsVault;
import fi.valita.payroll.internal.PaymentDetailsVault.Opened;
import fi.valita.payroll.internal.PayrollSheets;
import fi.valita.payroll.internal.Sheet;
import fi.valita.payroll.internal.XlsxFiles;
import fi.valita.shared.Money;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payroll runs of a pool, for holders of the payroll permission only: preview a period, make a batch
 * of exactly its approved lines (they become exported at once, so no line is paid twice), download a
 * batch's file again at any time, mark it paid. Every whole identity code shown or put into a file is
 * logged, one row per expert.
 */
@Service
public class Payroll {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final List<FeeLineStatus> OUT = List.of(FeeLineStatus.EXPORTED, FeeLineStatus.PAID);

    private final PayrollPermissions permissions;
    private final FeeLedger ledger;
    private final FeePayments payments;
    private final PaymentDetailsVault vault;
    private final CodeAccessRecords accesses;
    private final ExportRecords exports;
    private final IncomeTypeRecords incomeTypes;
    private final PayrollSheets sheets;
    private final Identity identity;
    private final Clock clock;

    Payroll(PayrollPermissions permissions, FeeLedger ledger, FeePayments payments, PaymentDetailsVault vault,
            CodeAccessRecords accesses, ExportRecords exports, IncomeTypeRecords incomeTypes, PayrollSheets sheets,
            Identity identity, Clock clock) {
        this.permissions = permissions;
        this.ledger = ledger;
        this.payments = payments;
        this.vault = vault;
        this.accesses = accesses;
        this.exports = exports;
        this.incomeTypes = incomeTypes;
        this.sheets = sheets;
        this.identity = identity;
        this.clock = clock;
    }

    /** What an export of the period would take now, per expert, with what is missing for paying them. */
    @Transactional(readOnly = true)
    public PayrollPreview preview(CurrentUser user, PayrollPeriod period) {
        permissions.require(user);
        List<FeeLine> lines = approved(user, period);
        Map<String, IncomeType> types = incomeTypes.on(period.paymentDate());
        Map<UUID, Opened> details = vault.ofOrganisation(user.organisationId(), expertsOf(lines));
        Map<UUID, List<FeeLine>> byExpert = lines.stream()
                .collect(Collectors.groupingBy(FeeLine::expertId, LinkedHashMap::new, Collectors.toList()));
        List<PayeePreview> payees = byExpert.entrySet().stream()
                .map(e -> payee(e.getKey(), e.getValue(), details.get(e.getKey()), types))
                .sorted(Comparator.comparing(PayeePreview::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
        return new PayrollPreview(period, payees, lines.size(), sum(lines));
    }

    /**
     * The whole identity code of an expert of the user's organisation, logged as viewed; empty when none
     * is saved or it cannot be read.
     *
     * @throws PayrollNotFound when the expert has no payment details in the user's organisation
     */
    @Transactional
    public Optional<PersonalIdentityCode> revealCode(CurrentUser user, UUID expertId) {
        permissions.require(user);
        Opened details = vault.of(expertId)
                .filter(d -> d.organisationId().equals(user.organisationId()))
                .orElseThrow(() -> PayrollNotFound.person(expertId));
        if (details.code() != null) {
            accesses.add(user.organisationId(), user.id(), expertId, AccessPurpose.VIEW, null, Instant.now(clock));
        }
        return Optional.ofNullable(details.code());
    }

    /**
     * Makes a batch of the approved lines of the period and marks them exported, in one transaction. Of
     * two batches made at once, each line goes to only one of them.
     *
     * @throws PayrollRefused when there is nothing approved to export in the period
     */
    @Transactional
    public PayrollExport makeExport(CurrentUser user, PayrollPeriod period) {
        permissions.require(user);
        UUID pool = user.organisationId();
        List<UUID> candidates = approved(user, period).stream().map(FeeLine::id).toList();
        Set<UUID> taken = payments.markExported(pool, candidates);
        if (taken.isEmpty()) {
            throw PayrollRefused.nothingToExport();
        }
        // Read again after the lines are locked and moved: a correction made just before counts.
        List<FeeLine> lines = ledger.ofPool(pool, List.of(FeeLineStatus.EXPORTED), period.from(), period.to())
                .stream().filter(line -> taken.contains(line.id())).toList();
        UUID id = UUID.randomUUID();
        exports.add(id, pool, period.from(), period.to(), period.paymentDate(), user.id(), Instant.now(clock),
                lines.size(), sum(lines));
        exports.addLines(id, taken);
        return exports.ofPool(id, pool, false).orElseThrow();
    }

    /** The pool's batches, newest first. */
    @Transactional(readOnly = true)
    public List<PayrollExport> exports(CurrentUser user) {
        permissions.require(user);
        return exports.ofPool(user.organisationId(), 100);
    }

    @Transactional(readOnly = true)
    public PayrollExport export(CurrentUser user, UUID exportId) {
        permissions.require(user);
        return exports.ofPool(exportId, user.organisationId(), false)
                .orElseThrow(() -> PayrollNotFound.export(exportId));
    }

    /**
     * A batch's file, with the payment details as they are now (a code added since is in it). Each expert
     * whose identity code goes out is logged.
     */
    @Transactional
    public PayrollFile file(CurrentUser user, UUID exportId, FileFormat format, Locale locale) {
        PayrollExport batch = export(user, exportId);
        Set<UUID> ids = Set.copyOf(exports.lineIds(exportId));
        List<PayrollSheets.Entry> entries = ledger.ofPool(user.organisationId(), OUT, batch.periodFrom(),
                        batch.periodTo()).stream()
                .filter(line -> ids.contains(line.id()))
                .map(line -> new PayrollSheets.Entry(line, batch))
                .toList();
        String name = "payroll-" + batch.periodFrom() + "-" + batch.periodTo() + "-" + exportId.toString()
                .substring(0, 8);
        return file(user, entries, AccessPurpose.EXPORT, exportId, name, format, locale);
    }

    /**
     * The file of the lines of the period that have gone out in batches (exported or paid), read only,
     * each with its batch's payment date; for the API.
     */
    @Transactional
    public PayrollFile fileOfPeriod(CurrentUser user, LocalDate from, LocalDate to, FileFormat format,
            Locale locale) {
        permissions.require(user);
        PayrollPeriod period = new PayrollPeriod(from, to, to); // checks the period; its payment date is unused
        List<FeeLine> lines = ledger.ofPool(user.organisationId(), OUT, period.from(), period.to());
        Map<UUID, PayrollExport> batches = exports.byLine(user.organisationId(),
                lines.stream().map(FeeLine::id).toList());
        List<PayrollSheets.Entry> entries = lines.stream()
                .map(line -> new PayrollSheets.Entry(line, batches.get(line.id())))
                .toList();
        return file(user, entries, AccessPurpose.API_EXPORT, null, "payroll-" + from + "-" + to, format, locale);
    }

    /**
     * Records that the payer paid the batch on the day: its lines become paid.
     *
     * @throws PayrollRefused when it is paid already, or the day is before the batch was made or in the future
     */
    @Transactional
    public PayrollExport markPaid(CurrentUser user, UUID exportId, LocalDate paidOn) {
        permissions.require(user);
        PayrollExport batch = exports.ofPool(exportId, user.organisationId(), true)
                .orElseThrow(() -> PayrollNotFound.export(exportId));
        if (batch.isPaid()) {
            throw PayrollRefused.alreadyPaid();
        }
        Instant now = Instant.now(clock);
        if (paidOn.isBefore(LocalDate.ofInstant(batch.madeAt(), HELSINKI))
                || paidOn.isAfter(LocalDate.ofInstant(now, HELSINKI))) {
            throw PayrollRefused.paidOnOutsideRange();
        }
        payments.markPaid(user.organisationId(), exports.lineIds(exportId));
        exports.markPaid(exportId, paidOn, user.id(), now);
        return exports.ofPool(exportId, user.organisationId(), false).orElseThrow();
    }

    private PayrollFile file(CurrentUser user, List<PayrollSheets.Entry> entries, AccessPurpose purpose,
            @org.jspecify.annotations.Nullable UUID exportId, String name, FileFormat format, Locale locale) {
        Set<UUID> experts = entries.stream().map(e -> e.line().expertId()).collect(Collectors.toSet());
        Map<UUID, Opened> details = vault.ofOrganisation(user.organisationId(), experts);
        Map<UUID, PayrollSheets.Payee> payees = new LinkedHashMap<>();
        for (UUID expert : experts) {
            Opened d = details.get(expert);
            payees.put(expert, new PayrollSheets.Payee(expert, nameOf(expert, d),
                    d == null || d.code() == null ? null : d.code().value(),
                    d == null || d.iban() == null ? null : d.iban().value()));
        }
        String payer = identity.organisation(user.organisationId()).map(Organisation::name).orElse("");
        Sheet sheet = sheets.sheet(payer, entries, payees, locale);
        Instant now = Instant.now(clock);
        payees.values().stream().filter(p -> p.identityCode() != null).forEach(p ->
                accesses.add(user.organisationId(), user.id(), p.expertId(), purpose, exportId, now));
        byte[] content = format == FileFormat.CSV ? CsvFiles.write(sheet) : XlsxFiles.write(sheet);
        return new PayrollFile(name + "." + format.extension(), format, content);
    }

    private PayeePreview payee(UUID expertId, List<FeeLine> lines, @org.jspecify.annotations.Nullable Opened details,
            Map<String, IncomeType> types) {
        Money wages = Money.ZERO;
        Map<String, Money> reimbursements = new LinkedHashMap<>();
        Map<String, Money> unmapped = new LinkedHashMap<>();
        for (FeeLine line : lines) {
            String kind = line.kind().name();
            IncomeType type = types.get(kind);
            if (type == null) {
                unmapped.merge(kind, line.total(), Money::plus);
            } else if (type.treatment() == IncomeType.Treatment.WAGE) {
                wages = wages.plus(line.total());
            } else {
                reimbursements.merge(kind, line.total(), Money::plus);
            }
        }
        Set<Warning> warnings = EnumSet.noneOf(Warning.class);
        if (details == null || details.code() == null) {
            warnings.add(Warning.NO_CODE);
        }
        if (details == null || details.iban() == null) {
            warnings.add(Warning.NO_IBAN);
        }
        if (details != null && details.unreadable()) {
            warnings.add(Warning.UNREADABLE);
        }
        if (!unmapped.isEmpty()) {
            warnings.add(Warning.NO_INCOME_TYPE);
        }
        return new PayeePreview(expertId, nameOf(expertId, details),
                details == null || details.code() == null ? null : details.code().lastFour(),
                details == null || details.iban() == null ? null : details.iban().lastFour(), wages,
                totals(reimbursements), totals(unmapped), sum(lines), lines.size(), warnings);
    }

    /** The name the expert gave for payments, else their name in Välitä. */
    private String nameOf(UUID expertId, @org.jspecify.annotations.Nullable Opened details) {
        if (details != null && details.payeeName() != null) {
            return details.payeeName();
        }
        return identity.account(expertId).map(UserAccount::displayName).orElse("?");
    }

    private List<FeeLine> approved(CurrentUser user, PayrollPeriod period) {
        return ledger.ofPool(user.organisationId(), List.of(FeeLineStatus.APPROVED), period.from(), period.to());
    }

    private static Set<UUID> expertsOf(List<FeeLine> lines) {
        return lines.stream().map(FeeLine::expertId).collect(Collectors.toSet());
    }

    private static List<KindTotal> totals(Map<String, Money> byKind) {
        List<KindTotal> totals = new ArrayList<>();
        byKind.forEach((kind, total) -> totals.add(new KindTotal(kind, total)));
        return totals;
    }

    private static Money sum(List<FeeLine> lines) {
        return lines.stream().map(FeeLine::total).reduce(Money.ZERO, Money::plus);
    }
}
