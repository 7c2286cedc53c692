package fi.valita.payroll;

import fi.valita.shared.Money;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One expert's part of a payroll preview.
 *
 * @param codeEnding the last four characters of the identity code, null when none is saved or readable
 * @param wages the gross wage income (fees), before the payer's withholding
 * @param reimbursements tax-free reimbursements by kind of line
 * @param withoutIncomeType lines of kinds the income type table has no row for on the payment date
 */
public record PayeePreview(UUID expertId, String name, @Nullable String codeEnding, @Nullable String ibanEnding,
        Money wages, List<KindTotal> reimbursements, List<KindTotal> withoutIncomeType, Money total, int lineCount,
        Set<Warning> warnings) {

    /** A sum of one kind of line, e.g. {@code KM_ALLOWANCE}. */
    public record KindTotal(String kind, Money total) {}

    /** What would stop or hinder paying this person. */
    public enum Warning {
        NO_CODE,
        NO_IBAN,
        UNREADABLE,
        NO_INCOME_TYPE
    }
}
