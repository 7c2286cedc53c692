package fi.valita.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fi.valita.ValitaTest;
import fi.valita.notifications.Attachment;
import fi.valita.notifications.MailSettings;
import fi.valita.notifications.Notifications;
import fi.valita.notifications.OutboxSettings;
import fi.valita.notifications.internal.OutboxMessage.Status;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The e-mail outbox: written with the change or not at all, sent once, kept while the mail server
 * is away. The worker tests build their own workers whose clock stands in the year 2100 and write
 * their e-mails due then, so the application's own worker (on today's clock) leaves them alone.
 */
@ValitaTest
class OutboxTests {

    private static final Instant YEAR_2100 = Instant.parse("2100-01-04T08:00:00Z");
    private static final String DOMAIN = "@outbox.test";

    @Autowired
    Notifications notifications;

    @Autowired
    OutboxMessages outbox;

    @Autowired
    SentMails sentMails;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcClient jdbc;

    private final List<GreenMail> mailServers = new ArrayList<>();
    private final TestClock clock = new TestClock(YEAR_2100);

    @AfterEach
    void stopMailServersAndForgetTestMail() {
        mailServers.forEach(GreenMail::stop);
        jdbc.sql("delete from outbox_message where recipient like :domain").param("domain", "%" + DOMAIN).update();
    }

    @Test
    void rolledBackChangeLeavesNoEmailAndSendsNothing() {
        String kept = recipient();
        String rolledBack = recipient();
        var transaction = new TransactionTemplate(transactions);

        transaction.executeWithoutResult(status -> notifications.queueEmail(kept, "Kept", "Sent", null));
        transaction.executeWithoutResult(status -> {
            notifications.queueEmail(rolledBack, "Rolled back", "Never sent", null);
            status.setRollbackOnly();
        });

        await().atMost(Duration.ofSeconds(10)).until(() -> deliveryOf(kept).equals(List.of("CAPTURED")));
        assertThat(outboxRows(rolledBack)).isZero();
        assertThat(deliveryOf(rolledBack)).isEmpty();
    }

    @Test
    void queueingOutsideATransactionIsRefused() {
        String to = recipient();

        assertThatThrownBy(() -> notifications.queueEmail(to, "No transaction", "Body", null))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(outboxRows(to)).isZero();
    }

    @Test
    void mailServerReceivesTheMessageWithItsCalendarFile() throws Exception {
        GreenMail server = startMailServer(freePort());
        var ics = Attachment.calendar("assignment.ics", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"
                .getBytes(StandardCharsets.UTF_8));
        OutboxMessage message = queue(recipient(), ics);

        assertThat(worker(server.getSmtp().getPort(), 6).deliverDue()).isGreaterThanOrEqualTo(1);

        MimeMessage received = receivedBy(server, message.recipient()).getFirst();
        assertThat(received.getSubject()).isEqualTo(message.subject());
        var parts = (MimeMultipart) received.getContent();
        assertThat(parts.getBodyPart(1).getFileName()).isEqualTo("assignment.ics");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/calendar");
        assertThat(stored(message).status()).isEqualTo(Status.SENT);
        assertThat(stored(message).sentAt()).isEqualTo(YEAR_2100);
        assertThat(deliveryOf(message.recipient())).containsExactly("SMTP");
    }

    @Test
    void whileTheMailServerIsDownTheMessageWaitsAndIsSentWhenItIsBack() throws Exception {
        int port = freePort();
        OutboxWorker worker = worker(port, 6);
        OutboxMessage message = queue(recipient(), null);

        worker.deliverDue();

        OutboxMessage waiting = stored(message);
        assertThat(waiting.status()).isEqualTo(Status.PENDING);
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.nextAttemptAt()).isEqualTo(YEAR_2100.plus(Duration.ofMinutes(1)));
        assertThat(waiting.lastError()).startsWith("org.springframework.mail.").doesNotContain(DOMAIN);
        assertThat(deliveryOf(message.recipient())).isEmpty();

        GreenMail server = startMailServer(port);
        worker.deliverDue();
        assertThat(stored(message).attempts()).as("not due yet").isEqualTo(1);

        clock.advance(Duration.ofMinutes(1));
        worker.deliverDue();

        assertThat(receivedBy(server, message.recipient())).hasSize(1);
        assertThat(stored(message).status()).isEqualTo(Status.SENT);
        assertThat(stored(message).attempts()).isEqualTo(2);
        assertThat(deliveryOf(message.recipient())).containsExactly("SMTP");
    }

    @Test
    void afterTheLastAttemptTheMessageIsGivenUpAndShownAsFailed() throws Exception {
        OutboxWorker worker = worker(freePort(), 3);
        OutboxMessage message = queue(recipient(), null);

        for (int round = 0; round < 5; round++) {
            worker.deliverDue();
            clock.advance(Duration.ofDays(1));
        }

        assertThat(stored(message).status()).isEqualTo(Status.FAILED_PERMANENTLY);
        assertThat(stored(message).attempts()).isEqualTo(3);
        assertThat(deliveryOf(message.recipient())).containsExactly("FAILED");
    }

    @Test
    void twoWorkersNeverSendTheSameMessage() throws Exception {
        GreenMail server = startMailServer(freePort());
        List<OutboxMessage> messages = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            messages.add(queue(recipient(), null));
        }
        OutboxWorker first = worker(server.getSmtp().getPort(), 6, 100);
        OutboxWorker second = worker(server.getSmtp().getPort(), 6, 100);
        var start = new CountDownLatch(1);

        try (var threads = Executors.newFixedThreadPool(2)) {
            List<Future<Integer>> rounds = List.of(
                    threads.submit(() -> {
                        start.await();
                        return first.deliverDue();
                    }),
                    threads.submit(() -> {
                        start.await();
                        return second.deliverDue();
                    }));
            start.countDown();
            int tried = 0;
            for (var round : rounds) {
                tried += round.get();
            }
            assertThat(tried).isGreaterThanOrEqualTo(30);
        }

        Map<String, Long> received = Arrays.stream(server.getReceivedMessages())
                .map(OutboxTests::firstRecipient)
                .filter(to -> to.endsWith(DOMAIN))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(received).hasSize(30).allSatisfy((to, count) -> assertThat(count).isOne());
        assertThat(messages).allSatisfy(m -> assertThat(stored(m).status()).isEqualTo(Status.SENT));
    }

    @Test
    void scheduledReminderWaitsForItsTimeAndACancelledOneIsNeverSent() throws Exception {
        GreenMail server = startMailServer(freePort());
        OutboxWorker worker = worker(server.getSmtp().getPort(), 6);
        String kept = recipient();
        String cancelled = recipient();
        Instant dayBefore = YEAR_2100.plus(Duration.ofDays(1));
        var transaction = new TransactionTemplate(transactions);
        transaction.executeWithoutResult(status -> {
            notifications.scheduleEmail("assignment-1-reminder", dayBefore, kept, "Huomenna", "Muistutus", null);
            notifications.scheduleEmail("assignment-2-reminder", dayBefore, cancelled, "Huomenna", "Muistutus", null);
        });

        worker.deliverDue();
        assertThat(receivedBy(server, kept)).isEmpty();

        transaction.executeWithoutResult(status ->
                assertThat(notifications.cancelScheduled("assignment-2-reminder")).isOne());
        clock.advance(Duration.ofDays(1));
        worker.deliverDue();

        assertThat(receivedBy(server, kept)).hasSize(1);
        assertThat(receivedBy(server, cancelled)).isEmpty();
        assertThat(outboxRows(cancelled)).isZero();
        transaction.executeWithoutResult(status ->
                assertThat(notifications.cancelScheduled("assignment-1-reminder")).as("already sent").isZero());
    }

    private OutboxMessage queue(String to, @Nullable Attachment attachment) {
        var message = OutboxMessage.pending(null, to, "Tehtävä vahvistettu", "Hei!", attachment, clock.instant());
        new TransactionTemplate(transactions).executeWithoutResult(status -> outbox.add(message));
        return message;
    }

    private OutboxWorker worker(int smtpPort, int maxAttempts) {
        return worker(smtpPort, maxAttempts, 20);
    }

    private OutboxWorker worker(int smtpPort, int maxAttempts, int batchSize) {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtpPort);
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        sender.getJavaMailProperties().put("mail.smtp.timeout", "2000");
        ObjectProvider<JavaMailSender> provider =
                new StaticListableBeanFactory(Map.of("mailSender", sender)).getBeanProvider(JavaMailSender.class);
        var delivery = new MailDelivery(new MailSettings("valita@test.example", "smtp"), provider);
        var settings = new OutboxSettings(Duration.ofSeconds(10), batchSize, maxAttempts, Duration.ofMinutes(1), 5,
                Duration.ofHours(6));
        return new OutboxWorker(outbox, sentMails, delivery, settings, transactions, clock);
    }

    private GreenMail startMailServer(int port) {
        var server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mailServers.add(server);
        server.start();
        return server;
    }

    private static List<MimeMessage> receivedBy(GreenMail server, String to) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> firstRecipient(m).equals(to)).toList();
    }

    private static String firstRecipient(MimeMessage message) {
        try {
            Address[] to = message.getAllRecipients();
            return to[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private OutboxMessage stored(OutboxMessage message) {
        return outbox.byId(message.id()).orElseThrow();
    }

    private int outboxRows(String to) {
        return jdbc.sql("select count(*) from outbox_message where recipient = :to").param("to", to)
                .query(Integer.class).single();
    }

    private List<String> deliveryOf(String to) {
        return jdbc.sql("select delivery from sent_mail where recipient = :to order by sent_at").param("to", to)
                .query(String.class).list();
    }

    private static String recipient() {
        return "outbox-" + UUID.randomUUID() + DOMAIN;
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A clock the test moves forward by hand. */
    static final class TestClock extends Clock {

        private volatile Instant now;

        TestClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
