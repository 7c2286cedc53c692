package fi.valita.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** A confirmed assignment as a calendar file: what goes in comes back out of a calendar parser. */
class CalendarFilesTests {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final Instant NOW = Instant.parse("2026-03-02T08:15:30.123Z");

    private final CalendarFiles files = new CalendarFiles(Clock.fixed(NOW, HELSINKI));

    @Test
    void eventReadsBackWithItsTimesTextsAndUid() throws Exception {
        Instant start = ZonedDateTime.of(2026, 3, 10, 9, 30, 0, 0, HELSINKI).toInstant();
        Instant end = start.plusSeconds(90 * 60);
        String description = "Kokemusasiantuntijan puheenvuoro vanhempainillassa, noin 20 kuulijaa. "
                .repeat(3) + "Ota yhteyttä: koordinaattori, puh. vaihde; kiitos!";

        byte[] ics = files.event("assignment-42@valita", "Puheenvuoro: Äänekosken koulu", start, end,
                "Koulutie 1, Äänekoski", description);

        VEvent event = parse(ics).<VEvent>getComponents().getFirst();
        assertThat(value(event, Property.UID)).isEqualTo("assignment-42@valita");
        assertThat(value(event, Property.SUMMARY)).isEqualTo("Puheenvuoro: Äänekosken koulu");
        assertThat(value(event, Property.LOCATION)).isEqualTo("Koulutie 1, Äänekoski");
        assertThat(value(event, Property.DESCRIPTION)).isEqualTo(description);
        assertThat(value(event, Property.DTSTART)).isEqualTo("20260310T073000Z");
        assertThat(value(event, Property.DTEND)).isEqualTo("20260310T090000Z");
        assertThat(value(event, Property.DTSTAMP)).isEqualTo("20260302T081530Z");
    }

    @Test
    void fileIsUtf8WithCrlfLinesFoldedAt75Characters() {
        byte[] ics = files.event("u-1@valita", "Vertaistuki", NOW, NOW.plusSeconds(3600), null,
                "Pitkä kuvaus ääkkösineen ".repeat(20));

        String text = new String(ics, StandardCharsets.UTF_8);
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").contains("VERSION:2.0", "PRODID:", "Vertaistuki")
                .doesNotContain("LOCATION").doesNotContain("METHOD");
        for (String line : text.split("\r\n")) {
            // ical4j folds by characters, so a line with ä or ö can exceed 75 octets (a SHOULD in RFC 5545)
            assertThat(line.length()).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(CalendarFiles.CONTENT_TYPE).isEqualTo("text/calendar; charset=UTF-8");
    }

    @Test
    void eventMustEndAfterItStarts() {
        assertThatThrownBy(() -> files.event("u-2@valita", "Backwards", NOW, NOW, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Calendar parse(byte[] ics) throws Exception {
        return new CalendarBuilder().build(new ByteArrayInputStream(ics));
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }
}
