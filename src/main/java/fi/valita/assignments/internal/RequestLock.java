package fi.valita.assignments.internal;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The one place where the assignments module touches the requests module's table: it locks a
 * work request's row for the rest of the transaction. Every change to a request's offers and
 * assignments (accept, decline, expiry, cancel, sending offers) takes this lock first, so they
 * happen one after another per request and "count the assignments, then add one" cannot race.
 * The row is only locked here, never read or written; reads and status moves go through
 * {@code WorkRequests}.
 */
@Repository
public class RequestLock {

    private final JdbcClient jdbc;

    RequestLock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits until no other transaction holds the request, then holds it until this one ends. */
    public void lock(UUID requestId) {
        jdbc.sql("select id from work_request where id = :id for update").param("id", requestId).query().listOfRows();
    }
}
