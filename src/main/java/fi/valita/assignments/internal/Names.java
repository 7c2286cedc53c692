package fi.valita.assignments.internal;

import fi.valita.identity.Identity;
import fi.valita.identity.Organisation;
import fi.valita.identity.UserAccount;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Names of people and organisations to show beside offers and assignments. */
@Component
public class Names {

    private final Identity identity;

    Names(Identity identity) {
        this.identity = identity;
    }

    public String person(UUID userId) {
        return identity.account(userId).map(UserAccount::displayName).orElse("–");
    }

    public String organisation(UUID organisationId) {
        return identity.organisation(organisationId).map(Organisation::name).orElse("–");
    }
}
