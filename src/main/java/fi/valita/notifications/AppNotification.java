package fi.valita.notifications;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A message shown to one user inside Välitä. The text is {@code messageKey} resolved with
 * {@code arguments} in the language of the reader.
 */
public record AppNotification(
        UUID id,
        String kind,
        String messageKey,
        List<String> arguments,
        @Nullable String link,
        Instant createdAt,
        @Nullable Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
