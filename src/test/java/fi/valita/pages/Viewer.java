package fi.valita.pages;

/**
 * Who looks at a guarded page: a role of the {@link PageFixture}'s pool, its client's requester, the platform
 * operator, or nobody.
 */
public enum Viewer {
    /** Not signed in. */
    ANONYMOUS,
    ADMIN,
    COORDINATOR,
    /** The pool's expert with the whole history: offers, work of every stage, fees, profile, earnings. */
    EXPERT,
    /** An expert of the pool who did volunteer work and declined an offer. */
    VOLUNTEER,
    /** A requester of the pool's own organisation (with a unit). */
    REQUESTER,
    /** A requester of a school the pool serves. */
    CLIENT,
    /** The platform operator the configuration names: an admin of an operating organisation of its own. */
    OPERATOR
}
