package fi.valita.assignments;

/** Who gives feedback on an assignment: the expert, or the requester organisation. */
public enum FeedbackSide {
    EXPERT,
    REQUESTER
}
