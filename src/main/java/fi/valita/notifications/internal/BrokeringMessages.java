package fi.valita.notifications.internal;

import fi.valita.assignments.AssignmentApproved;
import fi.valita.assignments.AssignmentCancelled;
import fi.valita.assignments.AssignmentCompleted;
import fi.valita.assignments.CancelledBy;
import fi.valita.assignments.DebriefRequested;
import fi.valita.assignments.MistreatmentReported;
import fi.valita.assignments.OfferAccepted;
import fi.valita.assignments.OffersClosed;
import fi.valita.assignments.OffersSent;
import fi.valita.identity.Identity;
import fi.valita.identity.Role;
import fi.valita.identity.UserAccount;
import fi.valita.notifications.Attachment;
import fi.valita.notifications.CalendarFiles;
import fi.valita.notifications.Notifications;
import fi.valita.requests.WorkRequest;
import fi.valita.requests.WorkRequestUnfilled;
import fi.valita.requests.WorkRequests;
import fi.valita.shared.Municipalities;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells people what happened to offers and assignments: in the app and by e-mail, written in the
 * same transaction as the change (synchronous listeners), so a rolled-back acceptance tells nobody.
 * E-mails are written in the request's language when it is Finnish, Swedish or English, else in
 * Finnish (users have no language setting yet); in-app texts follow each reader's own UI language.
 */
@Component
class BrokeringMessages {

    private final Notifications notifications;
    private final CalendarFiles calendarFiles;
    private final Identity identity;
    private final WorkRequests requests;
    private final Municipalities municipalities;
    private final MessageSource messages;
    private final String baseUrl;

    BrokeringMessages(Notifications notifications, CalendarFiles calendarFiles, Identity identity, WorkRequests requests,
            Municipalities municipalities, MessageSource messages, @Value("${valita.base-url}") String baseUrl) {
        this.notifications = notifications;
        this.calendarFiles = calendarFiles;
        this.identity = identity;
        this.requests = requests;
        this.municipalities = municipalities;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    @EventListener
    void on(OffersSent sent) {
        WorkRequest request = requests.byIdForProcessing(sent.requestId());
        for (int i = 0; i < sent.expertIds().size(); i++) {
            tell(sent.expertIds().get(i), "OFFER", "notifications.offer.new", List.of(request.title(), when(request)),
                    "/offers/" + sent.offerIds().get(i), request);
        }
    }

    @EventListener
    void on(OffersClosed closed) {
        WorkRequest request = requests.byIdForProcessing(closed.requestId());
        for (UUID expert : closed.expertIds()) {
            tell(expert, "OFFER_CLOSED", "notifications.offer.closed", List.of(request.title()), "/offers", request);
        }
    }

    @EventListener
    void on(WorkRequestUnfilled unfilled) {
        WorkRequest request = requests.byIdForProcessing(unfilled.requestId());
        tell(unfilled.createdBy(), "REQUEST_UNFILLED", "notifications.request.unfilled", List.of(request.title()),
                "/requests/" + request.id(), request);
    }

    @EventListener
    void on(OfferAccepted accepted) {
        WorkRequest request = requests.byIdForProcessing(accepted.requestId());
        String link = "/assignments/" + accepted.assignmentId();
        String expertName = identity.account(accepted.expertId()).map(UserAccount::displayName).orElse("");
        Attachment calendar = calendarFile(accepted.assignmentId(), request);
        tell(accepted.expertId(), "ASSIGNMENT_CONFIRMED", "notifications.assignment.confirmed.expert",
                List.of(request.title(), when(request)), link, request, calendar);
        tell(request.createdBy(), "ASSIGNMENT_CONFIRMED", "notifications.assignment.confirmed.requester",
                List.of(expertName, request.title(), when(request)), link, request, calendar);
        if (request.startsAt() != null) {
            identity.account(accepted.expertId()).ifPresent(expert -> notifications.scheduleEmail(
                    reminderOf(accepted.assignmentId()), request.startsAt().minus(Duration.ofDays(1)), expert.email(),
                    text("notifications.assignment.reminder", List.of(request.title(), when(request)), request),
                    text("notifications.assignment.reminder", List.of(request.title(), when(request)), request)
                            + "\n\n" + baseUrl + link,
                    request.poolOrganisationId()));
        }
    }

    @EventListener
    void on(AssignmentCancelled cancelled) {
        WorkRequest request = requests.byIdForProcessing(cancelled.requestId());
        notifications.cancelScheduled(reminderOf(cancelled.assignmentId()));
        String expertName = identity.account(cancelled.expertId()).map(UserAccount::displayName).orElse("");
        List<String> args = List.of(expertName, request.title(), cancelled.reason());
        if (cancelled.byRole() != CancelledBy.REQUEST) {
            for (UserAccount coordinator : identity.peopleOf(request.poolOrganisationId(), Role.COORDINATOR)) {
                tell(coordinator.id(), "ASSIGNMENT_CANCELLED", "notifications.assignment.cancelled.coordinator", args,
                        "/coordinator/requests/" + request.id(), request);
            }
        }
        if (cancelled.byRole() == CancelledBy.EXPERT) {
            tell(request.createdBy(), "ASSIGNMENT_CANCELLED", "notifications.assignment.cancelled.requester", args,
                    "/requests/" + request.id(), request);
        } else {
            tell(cancelled.expertId(), "ASSIGNMENT_CANCELLED", "notifications.assignment.cancelled.expert",
                    List.of(request.title(), cancelled.reason()), "/assignments/" + cancelled.assignmentId(), request);
        }
    }

    /** The expert reported the work done: the requester who asked for it should confirm. */
    @EventListener
    void on(AssignmentCompleted completed) {
        WorkRequest request = requests.byIdForProcessing(completed.requestId());
        String expertName = identity.account(completed.expertId()).map(UserAccount::displayName).orElse("");
        tell(request.createdBy(), "WORK_REPORTED", "notifications.work.reported.requester",
                List.of(expertName, request.title()), "/assignments/" + completed.assignmentId(), request);
    }

    @EventListener
    void on(AssignmentApproved approved) {
        WorkRequest request = requests.byIdForProcessing(approved.requestId());
        tell(approved.expertId(), "WORK_CONFIRMED", "notifications.work.confirmed.expert", List.of(request.title()),
                "/assignments/" + approved.assignmentId(), request);
    }

    @EventListener
    void on(DebriefRequested requested) {
        WorkRequest request = requests.byIdForProcessing(requested.requestId());
        String expertName = identity.account(requested.expertId()).map(UserAccount::displayName).orElse("");
        for (UserAccount coordinator : identity.peopleOf(requested.poolOrganisationId(), Role.COORDINATOR)) {
            tell(coordinator.id(), "DEBRIEF_REQUESTED", "notifications.debrief.requested",
                    List.of(expertName, request.title()), "/coordinator/tasks", request);
        }
    }

    /** Says only that a report was made: its words, and who made it, are read in Välitä, never in e-mail. */
    @EventListener
    void on(MistreatmentReported reported) {
        WorkRequest request = requests.byIdForProcessing(reported.requestId());
        for (UserAccount coordinator : identity.peopleOf(reported.poolOrganisationId(), Role.COORDINATOR)) {
            tell(coordinator.id(), "MISTREATMENT_REPORTED", "notifications.mistreatment.reported", List.of(),
                    "/coordinator/tasks", request);
        }
    }

    private void tell(UUID userId, String kind, String key, List<String> args, String link, WorkRequest request) {
        tell(userId, kind, key, args, link, request, null);
    }

    private void tell(UUID userId, String kind, String key, List<String> args, String link, WorkRequest request,
            Attachment attachment) {
        var person = identity.account(userId);
        if (person.isEmpty()) {
            return;
        }
        notifications.notify(userId, kind, key, args, link);
        String subject = text(key, args, request);
        String body = text("notifications.mail.greeting", List.of(person.get().displayName()), request) + "\n\n" + subject
                + "\n\n" + text("notifications.mail.open", List.of(baseUrl + link), request);
        if (attachment != null) {
            notifications.queueEmail(person.get().email(), subject, body, attachment, request.poolOrganisationId());
        } else {
            notifications.queueEmail(person.get().email(), subject, body, request.poolOrganisationId());
        }
    }

    private Attachment calendarFile(UUID assignmentId, WorkRequest request) {
        if (request.startsAt() == null || request.endsAt() == null) {
            return null;
        }
        String place = request.remote()
                ? text("notifications.calendar.remote", List.of(), request)
                : municipalities.byCode(String.valueOf(request.municipalityCode())).map(m -> m.nameFi()).orElse("")
                        + (request.address() != null ? ", " + request.address() : "");
        byte[] ics = calendarFiles.event("assignment-" + assignmentId + "@valita", request.title(), request.startsAt(),
                request.endsAt(), place, baseUrl + "/assignments/" + assignmentId);
        return Attachment.calendar("valita-" + assignmentId + ".ics", ics);
    }

    private String when(WorkRequest request) {
        return TimeArguments.of(request);
    }

    /** An e-mail's text, in the request's language; a time among the arguments is written out in it too. */
    private String text(String key, List<String> args, WorkRequest request) {
        Locale locale = locale(request);
        return messages.getMessage(key, args.stream().map(arg -> TimeArguments.shown(arg, locale)).toArray(), locale);
    }

    private static Locale locale(WorkRequest request) {
        return List.of("fi", "sv", "en").contains(request.language()) ? Locale.of(request.language()) : Locale.of("fi");
    }

    private static String reminderOf(UUID assignmentId) {
        return "assignment-" + assignmentId + "-reminder";
    }
}
