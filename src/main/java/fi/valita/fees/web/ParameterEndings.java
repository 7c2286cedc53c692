package fi.valita.fees.web;

import fi.valita.fees.FeeParameters;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Warns in time that the parameter table runs out: each key whose last value ends within {@link #WARN_DAYS}
 * days (or has ended), so that next year's kilometre allowance is added before the first trip of the year.
 */
@Component
class ParameterEndings {

    static final int WARN_DAYS = 60;
    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private final FeeParameters parameters;
    private final FeeWords words;
    private final Clock clock;

    ParameterEndings(FeeParameters parameters, FeeWords words, Clock clock) {
        this.parameters = parameters;
        this.words = words;
        this.clock = clock;
    }

    /** "Kilometre allowance: the last value ends on 31.12.2026." for each key running out, in the reader's language. */
    List<String> soon(Locale locale) {
        LocalDate today = LocalDate.now(clock.withZone(HELSINKI));
        return parameters.endingBefore(today.plusDays(WARN_DAYS)).stream()
                .map(e -> words.text("fees.parameters.ending.item", locale, words.parameterName(e.key(), locale),
                        words.day(e.lastDay(), locale)))
                .toList();
    }
}
