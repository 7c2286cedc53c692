package fi.valita.notifications.internal;

import fi.valita.notifications.MailCapture;
import fi.valita.notifications.MailSettings;
import fi.valita.notifications.OutboxSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** Runs the outbox worker every {@link OutboxSettings#poll()} after the previous round ended. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NotificationsConfiguration implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(NotificationsConfiguration.class);

    private final ObjectProvider<OutboxWorker> worker;
    private final OutboxSettings settings;

    NotificationsConfiguration(ObjectProvider<OutboxWorker> worker, OutboxSettings settings) {
        this.worker = worker;
        this.settings = settings;
    }

    @Bean
    MailDelivery mailDelivery(MailSettings settings, ObjectProvider<JavaMailSender> smtp,
            ObjectProvider<MailCapture> captures) {
        return new MailDelivery(settings, smtp, captures.orderedStream().toList());
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::round, settings.poll());
    }

    private void round() {
        try {
            worker.getObject().deliverDue();
        } catch (RuntimeException e) {
            // e.g. the database is away for a moment; the next round tries again
            log.warn("Outbox round failed: {}", e.getClass().getName());
        }
    }
}
