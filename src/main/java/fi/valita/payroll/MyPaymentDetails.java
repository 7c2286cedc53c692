package fi.valita.payroll;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What an expert sees of their own payment details: never the whole code or account, only its end.
 *
 * @param codeEnding the last four characters of the saved identity code, null when none is saved
 * @param ibanEnding the last four characters of the saved IBAN, null when none is saved
 * @param unreadable something is saved but cannot be opened with the key at hand
 */
public record MyPaymentDetails(@Nullable String payeeName, @Nullable String codeEnding, @Nullable String ibanEnding,
        boolean unreadable, @Nullable Instant updatedAt) {

    public static final MyPaymentDetails NONE = new MyPaymentDetails(null, null, null, false, null);
}
