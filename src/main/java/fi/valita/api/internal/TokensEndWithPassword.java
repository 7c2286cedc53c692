package fi.valita.api.internal;

import fi.valita.identity.PasswordChanged;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A changed or reset password revokes every API token of the account: whoever had the old password
 * may have made one. Synchronous, in the same transaction as the new password, so both hold or neither.
 */
@Component
class TokensEndWithPassword {

    private final ApiTokenRecords tokens;
    private final Clock clock;

    TokensEndWithPassword(ApiTokenRecords tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @EventListener
    void on(PasswordChanged changed) {
        tokens.revokeAllOf(changed.userId(), clock.instant());
    }
}
