package fi.valita.notifications.internal;

import fi.valita.experts.ProfileChangedByCoordinator;
import fi.valita.identity.Identity;
import fi.valita.identity.UserAccount;
import fi.valita.notifications.Notifications;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the expert in the app of every change a coordinator makes to their profile: which section, by whom
 * (the notification's time says when). A synchronous listener, in the changing transaction: a change that is
 * rolled back tells nobody, and a saved one cannot go untold. Nothing of it is logged.
 */
@Component
class ProfileChangeMessages {

    private final Notifications notifications;
    private final Identity identity;

    ProfileChangeMessages(Notifications notifications, Identity identity) {
        this.notifications = notifications;
        this.identity = identity;
    }

    @EventListener
    void on(ProfileChangedByCoordinator change) {
        String coordinator = identity.account(change.coordinatorId()).map(UserAccount::displayName).orElse("–");
        notifications.notify(change.expertId(), "PROFILE_CHANGED",
                "notifications.profile-changed." + change.section().name(), List.of(coordinator), "/me/profile");
    }
}
