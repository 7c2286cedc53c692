package fi.valita.notifications;

import java.util.UUID;

/**
 * Gets, in capture mode ({@code valita.mail.delivery=capture}), each e-mail as the recipient would have got it,
 * one-time links included: only the stored copies lose them. Välitä itself declares no such bean, so a captured
 * one-time link reaches nobody; tests declare one to follow an invitation link as its recipient would.
 */
public interface MailCapture {

    /** @param mailId the id the e-mail has among the sent mail */
    void captured(UUID mailId, String to, String subject, String body);
}
