package fi.valita.payroll.internal;

import fi.valita.fees.FeeLine;
import fi.valita.payroll.IncomeType;
import fi.valita.payroll.PayrollExport;
import fi.valita.shared.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The payroll file's table: one row per fee line with what the payer needs to pay it and report it to
 * the Incomes Register, then a total row per payee and one for the whole file. Fees and wages are wage income
 * (the payer withholds tax by the expert's tax card); expenses and work-share payments are separate rows with
 * their own type. Every row names the engagement form the work was done under.
 */
@Component
public class PayrollSheets {

    /** What goes into the file about one payee. */
    public record Payee(UUID expertId, String name, @Nullable String identityCode, @Nullable String iban) {}

    /** A line to put in the file, with the batch it went out in (it gives the payment date). */
    public record Entry(FeeLine line, @Nullable PayrollExport batch) {}

    static final List<String> COLUMNS = List.of("payer", "payee", "identity-code", "iban", "payment-date", "row",
            "what", "engagement-form", "income-type-code", "income-type-name", "income-type-checked", "treatment", "work-date",
            "quantity", "unit-amount", "wage", "reimbursement", "amount", "line-id", "export-id");

    private final MessageSource messages;
    private final IncomeTypeRecords incomeTypes;

    PayrollSheets(MessageSource messages, IncomeTypeRecords incomeTypes) {
        this.messages = messages;
        this.incomeTypes = incomeTypes;
    }

    /**
     * @param entries the lines, any order; they are grouped by payee (by name) and by work date
     * @param payees each line's expert's details
     */
    public Sheet sheet(String payer, List<Entry> entries, Map<UUID, Payee> payees, Locale locale) {
        Map<LocalDate, Map<String, IncomeType>> typesByDay = new LinkedHashMap<>();
        Map<UUID, List<Entry>> byPayee = new LinkedHashMap<>();
        entries.stream()
                .sorted(java.util.Comparator.comparing((Entry e) -> payees.get(e.line().expertId()).name(),
                                String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(e -> e.line().expertId())
                        .thenComparing(e -> e.line().workDate())
                        .thenComparing(e -> e.line().id()))
                .forEach(e -> byPayee.computeIfAbsent(e.line().expertId(), k -> new ArrayList<>()).add(e));
        List<List<Object>> rows = new ArrayList<>();
        Money fileWages = Money.ZERO;
        Money fileReimbursements = Money.ZERO;
        Money fileTotal = Money.ZERO;
        for (var group : byPayee.entrySet()) {
            Payee payee = payees.get(group.getKey());
            Money wages = Money.ZERO;
            Money reimbursements = Money.ZERO;
            Money total = Money.ZERO;
            for (Entry entry : group.getValue()) {
                LocalDate paymentDate = entry.batch() == null ? null : entry.batch().paymentDate();
                IncomeType type = paymentDate == null ? null
                        : typesByDay.computeIfAbsent(paymentDate, incomeTypes::on).get(entry.line().kind().name());
                rows.add(lineRow(payer, payee, entry, type, locale));
                Money amount = entry.line().total();
                if (type != null && type.treatment() == IncomeType.Treatment.WAGE) {
                    wages = wages.plus(amount);
                } else if (type != null) {
                    reimbursements = reimbursements.plus(amount);
                }
                total = total.plus(amount);
            }
            // A payee's lines in a period file may have gone out in several batches, paid on different days.
            PayrollExport batch = group.getValue().stream().map(Entry::batch).distinct().count() == 1
                    ? group.getValue().getFirst().batch() : null;
            rows.add(totalRow(payer, payee, batch, text("payroll.file.row.payee-total", locale), wages,
                    reimbursements, total));
            fileWages = fileWages.plus(wages);
            fileReimbursements = fileReimbursements.plus(reimbursements);
            fileTotal = fileTotal.plus(total);
        }
        if (!byPayee.isEmpty()) {
            rows.add(totalRow(payer, null, null, text("payroll.file.row.file-total", locale), fileWages,
                    fileReimbursements, fileTotal));
        }
        List<String> headers = COLUMNS.stream().map(c -> text("payroll.file.col." + c, locale)).toList();
        return new Sheet(text("payroll.file.sheet", locale), headers, rows);
    }

    private List<Object> lineRow(String payer, Payee payee, Entry entry, @Nullable IncomeType type, Locale locale) {
        FeeLine line = entry.line();
        String kind = line.kind().name();
        boolean wage = type != null && type.treatment() == IncomeType.Treatment.WAGE;
        return Arrays.asList(payer, payee.name(), payee.identityCode(), payee.iban(),
                entry.batch() == null ? null : entry.batch().paymentDate(),
                text("payroll.file.row.line", locale),
                messages.getMessage("payroll.kind." + kind, null, kind, locale),
                messages.getMessage("experts.engagement." + line.engagementForm().name(), null, locale),
                type == null ? null : type.code(),
                type == null ? text("payroll.file.no-income-type", locale) : type.name(locale),
                type == null ? null : text(type.verified() ? "payroll.file.checked.yes" : "payroll.file.checked.no",
                        locale),
                type == null ? null : text("payroll.treatment." + type.treatment().name(), locale),
                line.workDate(), line.quantity(), line.unitAmount().euros(),
                type != null && wage ? line.total().euros() : null,
                type != null && !wage ? line.total().euros() : null,
                line.total().euros(), line.id().toString(),
                entry.batch() == null ? null : entry.batch().id().toString());
    }

    private static List<Object> totalRow(String payer, @Nullable Payee payee, @Nullable PayrollExport batch,
            String label, Money wages, Money reimbursements, Money total) {
        return Arrays.asList(payer, payee == null ? null : payee.name(), payee == null ? null : payee.identityCode(),
                payee == null ? null : payee.iban(), batch == null ? null : batch.paymentDate(), label, null, null,
                null, null, null, null, null, null, null, wages.euros(), reimbursements.euros(), total.euros(), null,
                null);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
