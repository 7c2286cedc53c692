package fi.valita.experts.web;

import fi.valita.experts.ExpertProfile;
import jakarta.validation.constraints.FutureOrPresent;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The break switch at the top of the expert's profile: start a break (until a day, or until further notice)
 * or end it. {@code onBreak} is the state asked for, not the state now.
 */
record ProfileBreakForm(
        int version,
        boolean onBreak,
        @Nullable @FutureOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate breakUntil)
        implements ProfileSectionForm<ProfileBreakForm> {

    /** The switch the way it turns now: ends a break that is on, starts one otherwise. */
    static ProfileBreakForm of(ExpertProfile p, LocalDate today) {
        return new ProfileBreakForm(p.version(), !p.isOnBreak(today), null);
    }

    @Override
    public ProfileBreakForm withVersion(int version) {
        return new ProfileBreakForm(version, onBreak, breakUntil);
    }
}
