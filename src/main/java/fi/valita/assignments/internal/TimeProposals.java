package fi.valita.assignments.internal;

import fi.valita.assignments.TimeProposal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Times proposed for window-of-days work and how they were answered. At most one proposal of an assignment is
 * open (a unique index); the caller holds the request's lock while it replaces or answers one.
 */
@Repository
public class TimeProposals {

    private static final String SELECT = """
            select id, assignment_id, lower(during) as starts_at, upper(during) as ends_at, side, proposed_by,
                proposed_at
            from time_proposal""";

    private final JdbcClient jdbc;

    TimeProposals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a proposal that waits for the other side's answer. */
    public void addOpen(TimeProposal p) {
        add(p, null, null, null);
    }

    /** Adds a time a coordinator set: agreed as it is made. */
    public void addAgreed(TimeProposal p) {
        add(p, "AGREED", p.proposedBy(), p.proposedAt());
    }

    public Optional<TimeProposal> open(UUID assignmentId) {
        return jdbc.sql(SELECT + " where assignment_id = :id and outcome is null")
                .param("id", assignmentId)
                .query(TimeProposals::map)
                .optional();
    }

    /** Marks the open proposal of the assignment replaced by a newer one, if there is one. */
    public void replaceOpen(UUID assignmentId, UUID by, Instant at) {
        answer(assignmentId, "REPLACED", by, at);
    }

    /** Marks the open proposal of the assignment agreed. */
    public void agreeOpen(UUID assignmentId, UUID by, Instant at) {
        answer(assignmentId, "AGREED", by, at);
    }

    private void answer(UUID assignmentId, String outcome, UUID by, Instant at) {
        jdbc.sql("""
                update time_proposal set outcome = :outcome, answered_by = :by, answered_at = :at
                where assignment_id = :id and outcome is null""")
                .param("outcome", outcome)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .param("id", assignmentId)
                .update();
    }

    private void add(TimeProposal p, @Nullable String outcome, @Nullable UUID answeredBy, @Nullable Instant answeredAt) {
        jdbc.sql("""
                insert into time_proposal (id, assignment_id, during, side, proposed_by, proposed_at, outcome,
                    answered_by, answered_at)
                values (:id, :assignment, tstzrange(:starts, :ends), :side, :by, :at, :outcome, :answeredBy,
                    :answeredAt)""")
                .param("id", p.id())
                .param("assignment", p.assignmentId())
                .param("starts", Timestamp.from(p.startsAt()))
                .param("ends", Timestamp.from(p.endsAt()))
                .param("side", p.side().name())
                .param("by", p.proposedBy())
                .param("at", Timestamp.from(p.proposedAt()))
                .param("outcome", outcome)
                .param("answeredBy", answeredBy)
                .param("answeredAt", answeredAt == null ? null : Timestamp.from(answeredAt))
                .update();
    }

    private static TimeProposal map(ResultSet rs, int row) throws SQLException {
        return new TimeProposal(rs.getObject("id", UUID.class), rs.getObject("assignment_id", UUID.class),
                rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
                TimeProposal.Side.valueOf(rs.getString("side")), rs.getObject("proposed_by", UUID.class),
                rs.getTimestamp("proposed_at").toInstant());
    }
}
