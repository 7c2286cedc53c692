package fi.valita.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import fi.valita.notifications.internal.MailDelivery;
import fi.valita.notifications.internal.SentMails;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** With delivery {@code smtp} e-mail reaches the mail server; with {@code capture} it never leaves. */
class MailerDeliveryTests {

    @RegisterExtension
    static final GreenMailExtension smtpServer = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC);
    private static final UUID ORGANISATION = UUID.randomUUID();

    private final SentMails log = mock(SentMails.class);

    @Test
    void smtpDeliveryReachesTheMailServerAndIsLoggedAsSent() throws Exception {
        Mailer mailer = mailer("smtp", smtpServer.getSmtp().getPort());

        SentMail mail = mailer.send("anna@example.fi", "Tervetuloa", "Hei Anna", ORGANISATION);

        assertThat(smtpServer.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage received = smtpServer.getReceivedMessages()[0];
        assertThat(received.getAllRecipients()[0].toString()).isEqualTo("anna@example.fi");
        assertThat(received.getFrom()[0].toString()).isEqualTo("valita@test.example");
        assertThat(received.getSubject()).isEqualTo("Tervetuloa");
        assertThat(GreenMailUtil.getBody(received)).contains("Hei Anna");
        assertThat(mail.delivery()).isEqualTo("SMTP");
        assertThat(logged().delivery()).isEqualTo("SMTP");
    }

    @Test
    void captureKeepsTheMailAndSendsNothing() {
        Mailer mailer = mailer("capture", smtpServer.getSmtp().getPort());

        SentMail mail = mailer.send("anna@example.fi", "Tervetuloa", "Hei Anna", ORGANISATION);

        assertThat(mail.delivery()).isEqualTo("CAPTURED");
        assertThat(logged().body()).isEqualTo("Hei Anna");
        assertThat(smtpServer.getReceivedMessages()).isEmpty();
    }

    @Test
    void unreachableMailServerIsLoggedAsFailedWithoutLosingTheMail() throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Mailer mailer = mailer("smtp", closedPort);

        SentMail mail = mailer.send("anna@example.fi", "Tervetuloa", "Hei Anna", ORGANISATION);

        assertThat(mail.delivery()).isEqualTo("FAILED");
        assertThat(logged().recipient()).isEqualTo("anna@example.fi");
    }

    @Test
    void smtpRecipientGetsTheOneTimeLinkButTheLoggedCopyHasAMarkerInstead() throws Exception {
        Mailer mailer = mailer("smtp", smtpServer.getSmtp().getPort());
        String link = "https://valita.example/welcome/" + "Zk3q9".repeat(8);

        SentMail mail = mailer.send("anna@example.fi", "Tervetuloa", "Avaa linkki: " + link + "\nHei!", List.of(link),
                ORGANISATION);

        assertThat(smtpServer.waitForIncomingEmail(5_000, 1)).isTrue();
        assertThat(GreenMailUtil.getBody(smtpServer.getReceivedMessages()[0])).contains(link);
        assertThat(logged().body()).isEqualTo("Avaa linkki: [link removed]\nHei!").doesNotContain("Zk3q9");
        assertThat(mail.body()).doesNotContain("Zk3q9");
    }

    @Test
    void captureHandsTheWholeMailOnlyToACaptureAndLogsItWithoutTheLink() {
        List<String> captured = new ArrayList<>();
        ObjectProvider<JavaMailSender> noSmtp = new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class);
        Mailer mailer = mailer("capture", noSmtp, List.of((id, to, subject, body) -> captured.add(body)));
        String link = "https://valita.example/invitations/" + "Qw8x".repeat(10);

        mailer.send("anna@example.fi", "Kutsu", "Avaa linkki: " + link, ORGANISATION);

        assertThat(captured).containsExactly("Avaa linkki: " + link);
        assertThat(logged().body()).isEqualTo("Avaa linkki: [link removed]");
    }

    private SentMail logged() {
        var captor = ArgumentCaptor.forClass(SentMail.class);
        verify(log).add(captor.capture(), any());
        return captor.getValue();
    }

    private Mailer mailer(String delivery, int port) {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        ObjectProvider<JavaMailSender> provider =
                new StaticListableBeanFactory(Map.of("mailSender", sender)).getBeanProvider(JavaMailSender.class);
        return mailer(delivery, provider, List.of());
    }

    private Mailer mailer(String delivery, ObjectProvider<JavaMailSender> provider, List<MailCapture> captures) {
        return new Mailer(log, new MailDelivery(new MailSettings("valita@test.example", delivery), provider, captures),
                CLOCK);
    }
}
