package fi.valita.earnings.web;

import fi.valita.earnings.BenefitWatch;
import fi.valita.earnings.VolunteerOnly;
import org.jspecify.annotations.Nullable;

/** How long the expert wants only volunteer work: a {@link VolunteerOnly} name as text. */
record PauseForm(@Nullable String volunteerOnly) {

    /** The current wish: an ongoing pause shows as "until I change it" or the month or year it ends with. */
    static PauseForm of(BenefitWatch watch) {
        if (!watch.volunteerWorkOnly() || watch.pause() == null) {
            return new PauseForm(VolunteerOnly.NO.name());
        }
        var until = watch.pause().until();
        if (until == null) {
            return new PauseForm(VolunteerOnly.UNTIL_CHANGED.name());
        }
        for (VolunteerOnly choice : VolunteerOnly.values()) {
            if (until.equals(choice.lastDay(watch.today()))) {
                return new PauseForm(choice.name());
            }
        }
        return new PauseForm(null);
    }
}
