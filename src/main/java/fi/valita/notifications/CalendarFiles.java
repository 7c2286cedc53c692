package fi.valita.notifications;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * iCalendar files (RFC 5545) for e-mails, e.g. a confirmed assignment the expert and the requester
 * can add to their calendars. Times are written in UTC ({@code 20260302T080000Z}): every calendar
 * shows them in its own zone, and no time-zone definitions need to travel with the file. The file
 * has no {@code METHOD}: it is an event to add, not a meeting request the recipient could answer.
 */
@Component
public class CalendarFiles {

    public static final String CONTENT_TYPE = "text/calendar; charset=UTF-8";

    private static final String PRODUCT = "-//Välitä//Välitä//FI";

    private final Clock clock;

    CalendarFiles(Clock clock) {
        this.clock = clock;
    }

    /**
     * One event as a UTF-8 {@code .ics} file.
     *
     * @param uid stays the same for the same thing, so that a calendar replaces rather than
     *     duplicates an event sent again, e.g. {@code assignment-<id>@valita}
     */
    public byte[] event(
            String uid, String title, Instant start, Instant end, @Nullable String location,
            @Nullable String description) {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("An event ends after it starts");
        }
        VEvent event = new VEvent(start, end, title);
        event.replace(new DtStamp(clock.instant().truncatedTo(ChronoUnit.SECONDS)));
        event.add(new Uid(uid));
        if (location != null && !location.isBlank()) {
            event.add(new Location(location));
        }
        if (description != null && !description.isBlank()) {
            event.add(new Description(description));
        }
        Calendar calendar = new Calendar()
                .add(new ProdId(PRODUCT))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN);
        calendar.add(event);
        return write(calendar);
    }

    private static byte[] write(Calendar calendar) {
        var bytes = new ByteArrayOutputStream();
        try (var writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            new CalendarOutputter(true).output(calendar, writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalArgumentException("Not a valid calendar event", e);
        }
        return bytes.toByteArray();
    }
}
