package fi.valita.notifications;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param from sender address of Välitä's e-mails
 * @param delivery {@code capture} keeps e-mails in the database for admins to read (the embedded
 *     default); {@code smtp} sends them through {@code spring.mail.*} and logs them too
 */
@ConfigurationProperties("valita.mail")
public record MailSettings(
        @DefaultValue("valita@localhost") String from, @DefaultValue("capture") String delivery) {

    public boolean sendsSmtp() {
        return "smtp".equalsIgnoreCase(delivery);
    }
}
