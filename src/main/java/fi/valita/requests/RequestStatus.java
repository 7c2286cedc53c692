package fi.valita.requests;

/** Where a work request is on its way from a need to done work. */
public enum RequestStatus {
    /** Received, nobody has looked for experts yet. */
    NEW,
    /** The coordinator is looking for experts. */
    MATCHING,
    /** Offers are out and waiting for answers. */
    OFFERED,
    /** As many experts as needed have accepted. */
    FILLED,
    /** The work is done and confirmed. */
    DONE,
    /** Called off by the requester or the coordinator. */
    CANCELLED,
    /** Nobody could be found. */
    UNFILLED;

    public boolean isOpen() {
        return this == NEW || this == MATCHING || this == OFFERED;
    }
}
