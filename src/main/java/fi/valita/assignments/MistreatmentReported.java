package fi.valita.assignments;

import java.util.UUID;

/**
 * An expert reported mistreatment on an assignment. The words stay in the assignments module, readable
 * only by the pool's coordinators; the event carries none of them.
 */
public record MistreatmentReported(UUID reportId, UUID assignmentId, UUID requestId, UUID expertId,
        UUID poolOrganisationId) {}
