package fi.valita.experts;

import java.time.Instant;
import java.util.UUID;

/**
 * A coordinator of the expert's pool changed a section of the expert's profile, so the expert is told.
 * Published inside the changing transaction; carries ids only, no profile data.
 */
public record ProfileChangedByCoordinator(UUID expertId, UUID coordinatorId, ProfileSection section, Instant at) {}
