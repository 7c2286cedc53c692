package fi.valita.identity;

import fi.valita.notifications.MailCapture;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestComponent;

/**
 * The test's stand-in for the recipient's inbox in capture mode: each e-mail as its recipient would get it,
 * one-time links included, by its sent-mail id. The sent mail Välitä keeps has no working links, so tests read
 * invitation links here ({@link Mailbox}). Static, so that a {@code new Mailbox(jdbc)} finds what any test
 * context captured; mail ids are unique.
 */
@TestComponent
public class CapturedMails implements MailCapture {

    private static final Map<UUID, String> BODIES = new ConcurrentHashMap<>();

    @Override
    public void captured(UUID mailId, String to, String subject, String body) {
        BODIES.put(mailId, body);
    }

    /** The body the recipient got, if the e-mail was captured here. */
    static Optional<String> bodyOf(UUID mailId) {
        return Optional.ofNullable(BODIES.get(mailId));
    }
}
