package fi.valita.api.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/** Times in the API: ISO-8601 with the Helsinki offset of that moment, e.g. 2026-03-02T10:00+02:00. */
final class ApiTimes {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private ApiTimes() {}

    static @Nullable OffsetDateTime of(@Nullable Instant instant) {
        return instant == null ? null : instant.atZone(HELSINKI).toOffsetDateTime();
    }

    static OffsetDateTime at(Instant instant) {
        return instant.atZone(HELSINKI).toOffsetDateTime();
    }
}
