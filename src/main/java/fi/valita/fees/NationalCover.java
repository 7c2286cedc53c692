package fi.valita.fees;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Whether national rows leave no day of a period without a value. */
final class NationalCover {

    private NationalCover() {}

    /** {@code rows} are the national rows of one key that overlap the period (they never overlap each other). */
    static boolean covers(List<FeeParameter> rows, LocalDate from, @Nullable LocalDate to) {
        LocalDate next = from;
        for (FeeParameter row : rows.stream().sorted(Comparator.comparing(FeeParameter::validFrom)).toList()) {
            if (row.validFrom().isAfter(next)) {
                return false;
            }
            if (row.validTo() == null) {
                return true;
            }
            next = row.validTo().plusDays(1);
            if (to != null && next.isAfter(to)) {
                return true;
            }
        }
        return false;
    }
}
