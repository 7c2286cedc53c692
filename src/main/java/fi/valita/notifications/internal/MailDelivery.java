package fi.valita.notifications.internal;

import fi.valita.notifications.Attachment;
import fi.valita.notifications.MailCapture;
import fi.valita.notifications.MailSettings;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Hands one e-mail to the SMTP server, or with {@code valita.mail.delivery=capture} (the embedded
 * default) keeps it: the caller then logs it in {@code sent_mail}, where admins read it without its
 * one-time links. A captured e-mail goes whole only to the {@link MailCapture}s, of which Välitä has none.
 */
public class MailDelivery {

    /** How an e-mail left Välitä, as written in {@code sent_mail.delivery}. */
    public enum Outcome { SMTP, CAPTURED }

    private final MailSettings settings;
    private final ObjectProvider<JavaMailSender> smtp;
    private final List<MailCapture> captures;

    public MailDelivery(MailSettings settings, ObjectProvider<JavaMailSender> smtp) {
        this(settings, smtp, List.of());
    }

    public MailDelivery(MailSettings settings, ObjectProvider<JavaMailSender> smtp, List<MailCapture> captures) {
        this.settings = settings;
        this.smtp = smtp;
        this.captures = List.copyOf(captures);
    }

    /** @throws MailException when the SMTP server cannot be reached or refuses the message */
    public Outcome deliver(UUID mailId, String to, String subject, String body, @Nullable Attachment attachment) {
        JavaMailSender sender = smtp.getIfAvailable();
        if (!settings.sendsSmtp() || sender == null) {
            captures.forEach(capture -> capture.captured(mailId, to, subject, body));
            return Outcome.CAPTURED;
        }
        if (attachment == null) {
            sender.send(plain(to, subject, body));
        } else {
            sender.send(mime -> {
                var helper = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
                helper.setFrom(settings.from());
                helper.setTo(to);
                helper.setSubject(subject);
                helper.setText(body);
                helper.addAttachment(attachment.name(), new ByteArrayResource(attachment.bytes()),
                        attachment.contentType());
            });
        }
        return Outcome.SMTP;
    }

    private SimpleMailMessage plain(String to, String subject, String body) {
        var message = new SimpleMailMessage();
        message.setFrom(settings.from());
        message.setTo(to);
        message.setSubject(subject);
        message.setText(body);
        return message;
    }
}
