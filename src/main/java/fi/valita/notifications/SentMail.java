package fi.valita.notifications;

import java.time.Instant;
import java.util.UUID;

/** An e-mail Välitä sent (or, in the embedded default, kept instead of sending). */
public record SentMail(UUID id, String recipient, String subject, String body, String delivery, Instant sentAt) {}
