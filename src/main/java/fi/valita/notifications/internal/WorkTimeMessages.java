package fi.valita.notifications.internal;

import fi.valita.assignments.TimeProposal.Side;
import fi.valita.assignments.WorkTimeAgreed;
import fi.valita.assignments.WorkTimeProposed;
import fi.valita.identity.Identity;
import fi.valita.identity.UserAccount;
import fi.valita.notifications.Attachment;
import fi.valita.notifications.CalendarFiles;
import fi.valita.notifications.Notifications;
import fi.valita.requests.WorkRequest;
import fi.valita.requests.WorkRequests;
import fi.valita.shared.Municipalities;
import fi.valita.shared.Municipality;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells both sides of window-of-days work about its time: a proposal goes to the other side to confirm; an agreed
 * time goes to both, with a calendar file, and the expert's reminder the day before is scheduled again (as for
 * work of a fixed time; the reminder's reference is the same, so calling the work off cancels it). In app and by
 * e-mail, in the change's own transaction, like {@link BrokeringMessages}; e-mails in the request's language.
 */
@Component
class WorkTimeMessages {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    // The same format as BrokeringMessages, so that one work's messages read alike; switch both together.
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d.M.yyyy HH:mm");
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("HH:mm");

    private final Notifications notifications;
    private final CalendarFiles calendarFiles;
    private final Identity identity;
    private final WorkRequests requests;
    private final Municipalities municipalities;
    private final MessageSource messages;
    private final String baseUrl;

    WorkTimeMessages(Notifications notifications, CalendarFiles calendarFiles, Identity identity,
            WorkRequests requests, Municipalities municipalities, MessageSource messages,
            @Value("${valita.base-url}") String baseUrl) {
        this.notifications = notifications;
        this.calendarFiles = calendarFiles;
        this.identity = identity;
        this.requests = requests;
        this.municipalities = municipalities;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    @EventListener
    void on(WorkTimeProposed proposed) {
        WorkRequest request = requests.byIdForProcessing(proposed.requestId());
        String when = when(proposed.startsAt(), proposed.endsAt());
        String link = "/assignments/" + proposed.assignmentId();
        if (proposed.side() == Side.EXPERT) {
            String expertName = identity.account(proposed.expertId()).map(UserAccount::displayName).orElse("");
            tell(request.createdBy(), "notifications.time.proposed.to-requester",
                    List.of(expertName, when, request.title()), link, request, null);
        } else {
            tell(proposed.expertId(), "notifications.time.proposed.to-expert", List.of(when, request.title()), link,
                    request, null);
        }
    }

    @EventListener
    void on(WorkTimeAgreed agreed) {
        WorkRequest request = requests.byIdForProcessing(agreed.requestId());
        String when = when(agreed.startsAt(), agreed.endsAt());
        String link = "/assignments/" + agreed.assignmentId();
        Attachment calendar = calendarFile(agreed, request);
        for (UUID person : List.of(agreed.expertId(), request.createdBy())) {
            tell(person, "notifications.time.agreed", List.of(request.title(), when), link, request, calendar);
        }
        String reminder = "assignment-" + agreed.assignmentId() + "-reminder";
        notifications.cancelScheduled(reminder);
        identity.account(agreed.expertId()).ifPresent(expert -> {
            String text = text("notifications.assignment.reminder", List.of(request.title(), when), request);
            notifications.scheduleEmail(reminder, agreed.startsAt().minus(Duration.ofDays(1)), expert.email(), text,
                    text + "\n\n" + baseUrl + link, request.poolOrganisationId());
        });
    }

    private void tell(UUID userId, String key, List<String> args, String link, WorkRequest request,
            @Nullable Attachment attachment) {
        var person = identity.account(userId);
        if (person.isEmpty()) {
            return;
        }
        notifications.notify(userId, "WORK_TIME", key, args, link);
        String subject = text(key, args, request);
        String body = text("notifications.mail.greeting", List.of(person.get().displayName()), request) + "\n\n"
                + subject + "\n\n" + text("notifications.mail.open", List.of(baseUrl + link), request);
        if (attachment != null) {
            notifications.queueEmail(person.get().email(), subject, body, attachment, request.poolOrganisationId());
        } else {
            notifications.queueEmail(person.get().email(), subject, body, request.poolOrganisationId());
        }
    }

    private Attachment calendarFile(WorkTimeAgreed agreed, WorkRequest request) {
        String place = request.remote()
                ? text("notifications.calendar.remote", List.of(), request)
                : municipalities.byCode(String.valueOf(request.municipalityCode())).map(Municipality::nameFi)
                        .orElse("") + (request.address() != null ? ", " + request.address() : "");
        byte[] ics = calendarFiles.event("assignment-" + agreed.assignmentId() + "@valita", request.title(),
                agreed.startsAt(), agreed.endsAt(), place, baseUrl + "/assignments/" + agreed.assignmentId());
        return Attachment.calendar("valita-" + agreed.assignmentId() + ".ics", ics);
    }

    private static String when(Instant startsAt, Instant endsAt) {
        var start = startsAt.atZone(HELSINKI);
        var end = endsAt.atZone(HELSINKI);
        return WHEN.format(start) + "–" + (start.toLocalDate().equals(end.toLocalDate()) ? UNTIL : WHEN).format(end);
    }

    private String text(String key, List<String> args, WorkRequest request) {
        return messages.getMessage(key, args.toArray(), locale(request));
    }

    private static Locale locale(WorkRequest request) {
        return List.of("fi", "sv", "en").contains(request.language()) ? Locale.of(request.language()) : Locale.of("fi");
    }
}
