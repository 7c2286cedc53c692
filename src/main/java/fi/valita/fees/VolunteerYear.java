package fi.valita.fees;

import java.util.UUID;

/** One volunteer's year with one pool, against both yearly tax-free caps. */
public record VolunteerYear(UUID expertId, String name, CapUse kilometres, CapUse days) {

    /** The worse of the two levels, to list those closest to a cap first. */
    public CapLevel worst() {
        return kilometres.level().compareTo(days.level()) >= 0 ? kilometres.level() : days.level();
    }
}
