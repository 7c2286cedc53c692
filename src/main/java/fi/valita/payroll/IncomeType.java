package fi.valita.payroll;

import java.util.Locale;

/**
 * How one kind of fee line is reported to the Incomes Register (tulorekisteri), from the dated table
 * {@code payroll_income_type}.
 *
 * @param lineKind the fee line kind, e.g. {@code FEE}, {@code KM_ALLOWANCE}
 * @param verified false while the code is an example nobody has checked against the register's code list
 */
public record IncomeType(String lineKind, String code, String nameFi, String nameSv, String nameEn,
        Treatment treatment, boolean verified) {

    /** What the payer does with the amount. */
    public enum Treatment {
        /** Wage income: the payer withholds tax by the expert's tax card and pays employer contributions. */
        WAGE,
        /** A reimbursement of costs, paid without withholding. */
        TAX_FREE_REIMBURSEMENT
    }

    public String name(Locale locale) {
        return switch (locale.getLanguage()) {
            case "fi" -> nameFi;
            case "sv" -> nameSv;
            default -> nameEn;
        };
    }
}
