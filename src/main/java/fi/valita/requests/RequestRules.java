package fi.valita.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The rules of a request's time, place and fee, each on its own: {@link WorkRequests} keeps them
 * when a request is made, and the form checks them with the rest of its fields, so that people
 * see every mistake at once instead of one more after each submit.
 */
public final class RequestRules {

    private RequestRules() {}

    /** A fixed time ends after it starts, and has not started yet. */
    public static Optional<RequestRefused> fixedTime(Instant startsAt, Instant endsAt, Instant now) {
        if (!endsAt.isAfter(startsAt)) {
            return Optional.of(RequestRefused.endsBeforeStart());
        }
        return startsAt.isBefore(now) ? Optional.of(RequestRefused.inThePast()) : Optional.empty();
    }

    /** A window of days ends on or after its first day, and has not passed yet. */
    public static Optional<RequestRefused> windowOfDays(LocalDate from, LocalDate to, LocalDate today) {
        if (to.isBefore(from)) {
            return Optional.of(RequestRefused.endsBeforeStart());
        }
        return to.isBefore(today) ? Optional.of(RequestRefused.inThePast()) : Optional.empty();
    }

    /** Work on site needs the municipality where it is. */
    public static Optional<RequestRefused> place(boolean remote, @Nullable String municipalityCode) {
        boolean missing = municipalityCode == null || municipalityCode.isBlank();
        return !remote && missing ? Optional.of(RequestRefused.placeMissing()) : Optional.empty();
    }

    /** An agreed sum is more than nothing. */
    public static Optional<RequestRefused> agreedSum(FeeBasis basis, @Nullable Long agreedFeeCents) {
        boolean missing = agreedFeeCents == null || agreedFeeCents <= 0;
        return basis == FeeBasis.AGREED_SUM && missing ? Optional.of(RequestRefused.agreedSumMissing()) : Optional.empty();
    }
}
