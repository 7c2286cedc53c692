package fi.valita.payroll;

import fi.valita.shared.Money;
import java.util.List;

/** What an export of the period would take: the approved lines not yet exported, per expert. */
public record PayrollPreview(PayrollPeriod period, List<PayeePreview> payees, int lineCount, Money total) {

    public boolean isEmpty() {
        return payees.isEmpty();
    }
}
