package fi.valita.notifications.internal;

import fi.valita.notifications.SmsSender;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Stands in for an SMS gateway: logs that a text message would have been sent, under an id and with
 * its length only. A phone number identifies a person, and texts about assignments tell who works
 * where and when; application logs are kept longer and read by more people than the data itself,
 * so neither goes into them.
 */
@Component
class LoggingSmsSender implements SmsSender {

    private static final Logger log = LoggerFactory.getLogger(LoggingSmsSender.class);

    @Override
    public UUID send(String phoneNumber, String text) {
        UUID id = UUID.randomUUID();
        log.info("SMS {} of {} characters not sent: no SMS gateway configured", id, text.length());
        return id;
    }
}
