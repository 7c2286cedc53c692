package fi.valita.documents;

import java.util.List;
import java.util.UUID;

/** An expert's fees and tax-free expenses of one calendar year, per paying organisation. */
public record FeeStatement(UUID expertId, String expertName, int year, List<PayerStatement> payers) {

    public boolean isEmpty() {
        return payers.isEmpty();
    }
}
