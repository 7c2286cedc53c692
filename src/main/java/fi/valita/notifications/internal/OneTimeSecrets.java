package fi.valita.notifications.internal;

import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes one-time secrets out of the copies of e-mails Välitä keeps: the sent mail admins read, and the outbox
 * row once the e-mail has left. Only the e-mail the recipient gets carries the working link; a stored copy with
 * it would undo the hashing of invitation and reset tokens (issue 9 §1).
 *
 * <p>An e-mail marks its secrets by passing them apart from the body
 * ({@link fi.valita.notifications.Notifications#queueEmailWithSecrets}); as a second guard, any link whose path
 * or query looks like a one-time token ({@link #ONE_TIME_LINK}) is removed too, so a mail that forgets to mark
 * its secret still stores none.
 */
public final class OneTimeSecrets {

    /** What a stored copy shows in place of a secret. */
    public static final String MARKER = "[link removed]";

    /**
     * Links to invitations, password resets, e-mail confirmations and one-time-token sign-ins, and any link with
     * a {@code token} or {@code code} parameter: none of them is ever worth keeping in a copy.
     */
    static final Pattern ONE_TIME_LINK = Pattern.compile(
            "https?://\\S*?(?:/invitations/|/reset/|/password-reset/|/email-change/|/confirm/|/confirmations/|/login/ott"
                    + "|[?&](?:token|code)=)\\S*");

    private OneTimeSecrets() {}

    /** The body as it may be stored: every marked secret, and every one-time link, replaced by {@link #MARKER}. */
    public static String removedFrom(String body, Collection<String> secrets) {
        String kept = ONE_TIME_LINK.matcher(body).replaceAll(Matcher.quoteReplacement(MARKER));
        for (String secret : secrets) {
            if (!secret.isBlank()) {
                kept = kept.replace(secret, MARKER);
            }
        }
        return kept;
    }
}
