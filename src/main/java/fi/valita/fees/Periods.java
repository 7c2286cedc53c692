package fi.valita.fees;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Dated rows: both ends included, an open end (null) runs until further notice, as the tables' constraints say. */
final class Periods {

    private Periods() {}

    static boolean overlap(LocalDate from, @Nullable LocalDate to, LocalDate otherFrom, @Nullable LocalDate otherTo) {
        return (to == null || !to.isBefore(otherFrom)) && (otherTo == null || !otherTo.isBefore(from));
    }
}
