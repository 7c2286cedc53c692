package fi.valita.identity;

import fi.valita.identity.internal.UserAccounts;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platform operator role: held by the signed-in users whose e-mail the configuration names
 * ({@link PlatformOperatorSettings}). It is not stored with the account, so no one can grant it in the app;
 * changing who holds it means changing the configuration and restarting.
 */
@Service
public class PlatformOperators {

    private static final Logger log = LoggerFactory.getLogger(PlatformOperators.class);

    private final Set<String> emails;
    private final UserAccounts accounts;

    PlatformOperators(PlatformOperatorSettings settings, UserAccounts accounts) {
        this.emails = settings.platformOperators().stream()
                .map(PlatformOperators::normalised)
                .filter(e -> !e.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        this.accounts = accounts;
        log.info("Platform operators from the configuration: {}", emails.isEmpty() ? "none" : emails.size());
    }

    /** Whether the signed-in user is a platform operator. */
    public boolean isOperator(CurrentUser user) {
        return emails.contains(normalised(user.email()));
    }

    /** @throws AccessDeniedException unless the user is a platform operator */
    public void require(CurrentUser user) {
        if (!isOperator(user)) {
            throw new AccessDeniedException("Only the platform operator changes national values");
        }
    }

    /** The operators' accounts that exist and may sign in, e.g. to tell them something in the app. */
    @Transactional(readOnly = true)
    public List<UserAccount> accounts() {
        return emails.stream().sorted()
                .flatMap(email -> accounts.byEmail(email).stream())
                .filter(UserAccount::active)
                .toList();
    }

    private static String normalised(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
