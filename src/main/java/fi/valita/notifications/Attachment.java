package fi.valita.notifications;

import java.util.Objects;

/**
 * A file sent with an e-mail, such as a calendar file.
 *
 * @param name the file name the recipient sees, e.g. {@code assignment.ics}
 * @param contentType e.g. {@code text/calendar; charset=UTF-8; method=PUBLISH}
 */
public record Attachment(String name, String contentType, byte[] bytes) {

    public Attachment {
        Objects.requireNonNull(name);
        Objects.requireNonNull(contentType);
        bytes = bytes.clone();
    }

    /** A calendar file made by {@link CalendarFiles#event}. */
    public static Attachment calendar(String name, byte[] ics) {
        return new Attachment(name, CalendarFiles.CONTENT_TYPE, ics);
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}
