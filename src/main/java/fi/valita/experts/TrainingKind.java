package fi.valita.experts;

/** What a training or certificate is; {@link #EXPERT_TRAINING} is what "trained" means in the pool. */
public enum TrainingKind {
    EXPERT_TRAINING,
    PEER_INSTRUCTOR,
    EXPERIENCE_EVALUATOR,
    FIRST_AID,
    HYGIENE_PASSPORT,
    OTHER
}
