package fi.valita.notifications.web;

import fi.valita.identity.CurrentUser;
import fi.valita.notifications.AppNotification;
import fi.valita.notifications.Notifications;
import fi.valita.notifications.internal.TimeArguments;
import fi.valita.shared.Dates;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** Every signed-in user reads their own notifications, and only theirs. */
@Controller
class NotificationsController {

    /** One notification as shown: its text in the reader's language. */
    record Shown(String text, @Nullable String link, String createdAt, String createdAtIso, boolean unread) {}

    private final Notifications notifications;
    private final MessageSource messages;

    NotificationsController(Notifications notifications, MessageSource messages) {
        this.notifications = notifications;
        this.messages = messages;
    }

    @GetMapping("/notifications")
    String list(@AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
        List<Shown> shown = notifications.newestOf(user.id()).stream().map(n -> show(n, locale)).toList();
        model.addAttribute("notifications", shown);
        model.addAttribute("unreadShown", shown.stream().anyMatch(Shown::unread));
        return "notifications/list";
    }

    @PostMapping("/notifications/read")
    String markAllRead(@AuthenticationPrincipal CurrentUser user) {
        notifications.markAllRead(user.id());
        return "redirect:/notifications";
    }

    private Shown show(AppNotification notification, Locale locale) {
        // A key another module forgot to add shows as the key, not as an error page.
        Object[] arguments = notification.arguments().stream().map(arg -> TimeArguments.shown(arg, locale)).toArray();
        String text = messages.getMessage(notification.messageKey(), arguments, notification.messageKey(), locale);
        var at = notification.createdAt().atZone(Dates.HELSINKI);
        return new Shown(text == null ? notification.messageKey() : text, notification.link(),
                Dates.dateTime(notification.createdAt(), locale), at.toOffsetDateTime().toString(),
                notification.unread());
    }
}
