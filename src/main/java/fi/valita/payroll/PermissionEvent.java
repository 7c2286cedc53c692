package fi.valita.payroll;

import java.time.Instant;

/** One grant, confirmation or revocation of the payroll permission, with the names of the people. */
public record PermissionEvent(Instant at, String personName, Action action, String byName) {

    /** What was done. */
    public enum Action {
        /** Given by an admin; waits for another admin's confirmation. */
        REQUESTED,
        /** Confirmed by a second admin: in effect. */
        CONFIRMED,
        /** Given by the organisation's only admin: in effect, and the platform operator was told. */
        GRANTED_ALONE,
        /** Taken away, or a waiting grant withdrawn. */
        REVOKED
    }
}
