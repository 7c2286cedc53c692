package fi.valita.notifications.internal;

import fi.valita.notifications.Attachment;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An e-mail in the outbox, waiting or done.
 *
 * @param secrets parts of the body that only the recipient may see (one-time links); kept only until the e-mail
 *     is sent, then removed from the body ({@link #storedBody()})
 */
public record OutboxMessage(
        UUID id,
        @Nullable UUID organisationId,
        String recipient,
        String subject,
        String body,
        @Nullable Attachment attachment,
        Status status,
        int attempts,
        Instant nextAttemptAt,
        @Nullable String lastError,
        Instant createdAt,
        @Nullable Instant sentAt,
        @Nullable String reference,
        List<String> secrets) {

    public OutboxMessage {
        secrets = List.copyOf(secrets);
    }

    public enum Status { PENDING, SENT, CAPTURED, FAILED_PERMANENTLY }

    /** A new e-mail, due at once. */
    public static OutboxMessage pending(
            @Nullable UUID organisationId, String recipient, String subject, String body,
            @Nullable Attachment attachment, Instant now) {
        return pending(organisationId, recipient, subject, body, attachment, List.of(), now);
    }

    /** A new e-mail, due at once, carrying secrets only the recipient may see. */
    public static OutboxMessage pending(
            @Nullable UUID organisationId, String recipient, String subject, String body,
            @Nullable Attachment attachment, List<String> secrets, Instant now) {
        return new OutboxMessage(UUID.randomUUID(), organisationId, recipient, subject, body, attachment,
                Status.PENDING, 0, now, null, now, null, null, secrets);
    }

    /** A new e-mail, due at {@code sendAt}, which can be cancelled by its reference until then. */
    public static OutboxMessage scheduled(
            String reference, Instant sendAt, @Nullable UUID organisationId, String recipient, String subject,
            String body, Instant now) {
        return new OutboxMessage(UUID.randomUUID(), organisationId, recipient, subject, body, null,
                Status.PENDING, 0, sendAt, null, now, null, reference, List.of());
    }

    /** The body as every copy kept after sending has it: without its secrets or any one-time link. */
    public String storedBody() {
        return OneTimeSecrets.removedFrom(body, secrets);
    }
}
