package fi.valita.assignments.internal;

import fi.valita.assignments.Feedback;
import fi.valita.assignments.FeedbackSide;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Feedback given on assignments, at most once from each side. */
@Repository
public class FeedbackRecords {

    private final JdbcClient jdbc;

    FeedbackRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the side's feedback; false when that side had already given theirs. */
    public boolean add(UUID assignmentId, Feedback feedback, UUID givenBy) {
        return jdbc.sql("""
                insert into feedback (assignment_id, from_side, rating, comment, given_by, given_at)
                values (:assignment, :side, :rating, :comment, :by, :at)
                on conflict (assignment_id, from_side) do nothing""")
                .param("assignment", assignmentId)
                .param("side", feedback.from().name())
                .param("rating", feedback.rating())
                .param("comment", feedback.comment())
                .param("by", givenBy)
                .param("at", Timestamp.from(feedback.givenAt()))
                .update() == 1;
    }

    public List<Feedback> of(UUID assignmentId) {
        return jdbc.sql("select from_side, rating, comment, given_at from feedback where assignment_id = :id")
                .param("id", assignmentId)
                .query(FeedbackRecords::map)
                .list();
    }

    /** The latest rating the requester organisation's side gave each of the experts, for those it has rated. */
    public Map<UUID, Integer> latestRequesterRatings(UUID requesterOrganisationId, Collection<UUID> expertIds) {
        Map<UUID, Integer> ratings = new HashMap<>();
        if (expertIds.isEmpty()) {
            return ratings;
        }
        jdbc.sql("""
                select distinct on (a.expert_id) a.expert_id, f.rating
                from feedback f join assignment a on a.id = f.assignment_id
                where f.from_side = 'REQUESTER' and a.requester_organisation_id = :org and a.expert_id in (:experts)
                order by a.expert_id, f.given_at desc""")
                .param("org", requesterOrganisationId)
                .param("experts", List.copyOf(expertIds))
                .query((rs, row) -> ratings.put(rs.getObject("expert_id", UUID.class), rs.getInt("rating")))
                .list();
        return ratings;
    }

    private static Feedback map(ResultSet rs, int row) throws SQLException {
        @Nullable String comment = rs.getString("comment");
        return new Feedback(FeedbackSide.valueOf(rs.getString("from_side")), rs.getInt("rating"), comment,
                rs.getTimestamp("given_at").toInstant());
    }
}
