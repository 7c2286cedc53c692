package fi.valita.experts.internal;

import fi.valita.experts.ExperienceArea;
import fi.valita.identity.AccountCreated;
import fi.valita.identity.OrganisationCreated;
import fi.valita.identity.Role;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the pool in step with identity, in the same transaction: an invited expert has an
 * (empty) profile at once, and a new pool starts with the default experience vocabulary.
 */
@Component
class PoolListener {

    private final Experts experts;
    private final ExperienceAreas areas;

    PoolListener(Experts experts, ExperienceAreas areas) {
        this.experts = experts;
        this.areas = areas;
    }

    @EventListener
    void on(AccountCreated account) {
        if (account.role() == Role.EXPERT) {
            experts.addEmpty(account.userId(), account.organisationId(), account.displayName(), account.email());
        }
    }

    @EventListener
    void on(OrganisationCreated organisation) {
        if (!organisation.runsPool()) {
            return;
        }
        int order = 0;
        for (var entry : DefaultVocabulary.AREAS) {
            areas.add(new ExperienceArea(UUID.randomUUID(), organisation.organisationId(), entry.code(), entry.fi(),
                    entry.sv(), entry.en(), true, order += 10));
        }
    }
}
