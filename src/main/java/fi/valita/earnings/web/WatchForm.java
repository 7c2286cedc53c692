package fi.valita.earnings.web;

import fi.valita.earnings.BenefitWatch;
import org.jspecify.annotations.Nullable;

/**
 * The expert's choice of the limit to watch. Every value arrives as text and is read by the controller, so a
 * tampered value gets a message beside its field instead of breaking the form.
 *
 * @param limitCode a limit's code, or empty for none
 * @param personalAmount euros as typed, for a limit that is the expert's own
 * @param shared "true" when the coordinator may see the watch
 */
record WatchForm(@Nullable String limitCode, @Nullable String personalAmount, @Nullable String shared) {

    static WatchForm of(BenefitWatch watch, java.util.Locale locale) {
        return new WatchForm(watch.limitCode() == null ? "" : watch.limitCode(),
                watch.personalAmount() == null ? "" : watch.personalAmount().format(locale).replace("€", "").strip(),
                String.valueOf(watch.sharedWithCoordinator()));
    }

    public boolean sharedChosen() {
        return "true".equals(shared);
    }
}
