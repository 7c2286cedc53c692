package fi.valita.fees;

/** How a rate is paid: by the hour, or a fixed sum for a task or a meeting. */
public enum RateKind {
    PER_HOUR,
    PER_TASK,
    PER_MEETING
}
