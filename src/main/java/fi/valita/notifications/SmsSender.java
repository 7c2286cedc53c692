package fi.valita.notifications;

import java.util.UUID;

/**
 * Sends a text message to a phone. Välitä has no SMS gateway yet: the only implementation logs that
 * a message would have been sent. A gateway (and, like e-mail, an outbox in front of it) comes when
 * an organisation needs SMS.
 */
public interface SmsSender {

    /**
     * Sends or, without a gateway, only logs the text.
     *
     * @return an id under which the message appears in the application log
     */
    UUID send(String phoneNumber, String text);
}
