package fi.valita.documents;

import java.time.Instant;
import java.util.UUID;

/** The expert's "I have read and accept" of one content of an assignment agreement. */
public record AgreementAcceptance(UUID id, UUID assignmentId, UUID expertId, String templateVersion,
        String contentSha256, Instant acceptedAt) {}
