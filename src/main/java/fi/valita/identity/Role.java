package fi.valita.identity;

/** What a user does in Välitä. A user has one role, in one organisation. */
public enum Role {
    /** Runs their organisation in Välitä: units, users, vocabularies; can also coordinate. */
    ADMIN,
    /** Brokers work to the experts of their organisation's pool and supports them. */
    COORDINATOR,
    /** An expert by experience or peer worker in a pool. */
    EXPERT,
    /** A professional who orders work from a pool that serves their organisation. */
    REQUESTER;

    public String authority() {
        return "ROLE_" + name();
    }
}
