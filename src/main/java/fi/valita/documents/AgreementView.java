package fi.valita.documents;

import org.jspecify.annotations.Nullable;

/**
 * An agreement and where the expert is with it.
 *
 * @param acceptance the acceptance of the agreement as it reads now, null unless {@code state} is ACCEPTED
 * @param earlier the latest acceptance of an earlier content, when the agreement changed after it
 */
public record AgreementView(Agreement agreement, AgreementState state, @Nullable AgreementAcceptance acceptance,
        @Nullable AgreementAcceptance earlier) {}
