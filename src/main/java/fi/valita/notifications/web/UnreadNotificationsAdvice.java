package fi.valita.notifications.web;

import fi.valita.identity.CurrentUser;
import fi.valita.notifications.Notifications;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * {@code unreadNotifications} on every page, for the layout's header: the signed-in user's unread
 * count, 0 when nobody is signed in.
 */
@ControllerAdvice
class UnreadNotificationsAdvice {

    private static final Logger log = LoggerFactory.getLogger(UnreadNotificationsAdvice.class);

    private final Notifications notifications;

    UnreadNotificationsAdvice(Notifications notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute("unreadNotifications")
    int unreadNotifications(@AuthenticationPrincipal @Nullable CurrentUser user) {
        if (user == null) {
            return 0;
        }
        try {
            return notifications.unreadCount(user.id());
        } catch (DataAccessException e) {
            // A badge is not worth an error page, least of all on the error page itself.
            log.warn("Unread notifications not counted: {}", e.getClass().getName());
            return 0;
        }
    }
}
