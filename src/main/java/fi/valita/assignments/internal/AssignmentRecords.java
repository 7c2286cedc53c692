package fi.valita.assignments.internal;

import fi.valita.assignments.Assignment;
import fi.valita.assignments.AssignmentStatus;
import fi.valita.experts.EngagementForm;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * AssignmentRecords. Adding one for an expert who already has an active assignment at an overlapping
 * time fails in the database (exclusion constraint, SQLState 23P01), whatever the caller checked.
 */
@Repository
public class AssignmentRecords {

    private static final String SELECT = """
            select id, request_id, offer_id, expert_id, pool_organisation_id, requester_organisation_id,
                lower(during) as starts_at, upper(during) as ends_at, status, cancel_reason, cancelled_by, created_at,
                engagement_form
            from assignment""";

    private final JdbcClient jdbc;

    AssignmentRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(Assignment a) {
        jdbc.sql("""
                insert into assignment (id, request_id, offer_id, expert_id, pool_organisation_id, requester_organisation_id,
                    during, status, created_at, engagement_form)
                values (:id, :request, :offer, :expert, :pool, :requester,
                    case when cast(:starts as timestamptz) is null then null
                        else tstzrange(cast(:starts as timestamptz), cast(:ends as timestamptz)) end,
                    :status, :created, :form)""")
                .param("id", a.id())
                .param("request", a.requestId())
                .param("offer", a.offerId())
                .param("expert", a.expertId())
                .param("pool", a.poolOrganisationId())
                .param("requester", a.requesterOrganisationId())
                .param("starts", timestamp(a.startsAt()))
                .param("ends", timestamp(a.endsAt()))
                .param("status", a.status().name())
                .param("created", Timestamp.from(a.createdAt()))
                .param("form", a.engagementForm().name())
                .update();
    }

    public Optional<Assignment> byId(UUID id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(AssignmentRecords::map).optional();
    }

    public Optional<Assignment> ofOffer(UUID offerId) {
        return jdbc.sql(SELECT + " where offer_id = :offer").param("offer", offerId).query(AssignmentRecords::map).optional();
    }

    public List<Assignment> ofRequest(UUID requestId) {
        return jdbc.sql(SELECT + " where request_id = :request order by created_at, id")
                .param("request", requestId)
                .query(AssignmentRecords::map)
                .list();
    }

    public int countActive(UUID requestId) {
        return jdbc.sql("select count(*) from assignment where request_id = :request and status <> 'CANCELLED'")
                .param("request", requestId)
                .query(Integer.class)
                .single();
    }

    /** AssignmentRecords where the given column (expert, pool or requester organisation) is the given id. */
    public List<Assignment> where(Party party, UUID id) {
        return jdbc.sql(SELECT + " where " + party.column + " = :id order by lower(during) desc nulls last, created_at desc")
                .param("id", id)
                .query(AssignmentRecords::map)
                .list();
    }

    /** The request's confirmed assignments, to cancel with it. */
    public List<Assignment> confirmedOfRequest(UUID requestId) {
        return jdbc.sql(SELECT + " where request_id = :request and status = 'CONFIRMED'")
                .param("request", requestId)
                .query(AssignmentRecords::map)
                .list();
    }

    /**
     * Gives a confirmed assignment its agreed time, in one update; false when it is no longer confirmed. A time
     * overlapping the expert's other active work fails in the database (see {@link #isClash}).
     */
    public boolean agreeTime(UUID id, Instant startsAt, Instant endsAt) {
        return jdbc.sql("""
                update assignment set during = tstzrange(:starts, :ends)
                where id = :id and status = 'CONFIRMED'""")
                .param("starts", Timestamp.from(startsAt))
                .param("ends", Timestamp.from(endsAt))
                .param("id", id)
                .update() == 1;
    }

    /** Whether the expert has active work, other than the given assignment, overlapping the time. */
    public boolean hasOtherWork(UUID expertId, UUID exceptAssignmentId, Instant startsAt, Instant endsAt) {
        return jdbc.sql("""
                select exists (select 1 from assignment
                    where expert_id = :expert and id <> :except and status <> 'CANCELLED'
                      and during && tstzrange(:starts, :ends))""")
                .param("expert", expertId)
                .param("except", exceptAssignmentId)
                .param("starts", Timestamp.from(startsAt))
                .param("ends", Timestamp.from(endsAt))
                .query(Boolean.class)
                .single();
    }

    /**
     * Whether a failed insert or update broke the exclusion constraint: the expert already holds an overlapping
     * assignment (SQLState 23P01). Two transactions writing overlapping assignments of one expert at the same
     * moment each wait for the other's row in the exclusion index; PostgreSQL breaks that deadlock by aborting one
     * of them (40P01). The survivor holds the time, so for the aborted one it is the same answer: a clash.
     */
    public static boolean isClash(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql
                    && ("23P01".equals(sql.getSQLState()) || "40P01".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /** Cancels the assignment if it is still confirmed; true when it was. */
    public boolean cancel(UUID id, String reason, @Nullable UUID by, Instant at) {
        return jdbc.sql("""
                update assignment set status = 'CANCELLED', cancel_reason = :reason, cancelled_by = :by, cancelled_at = :at
                where id = :id and status = 'CONFIRMED'""")
                .param("reason", reason)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .param("id", id)
                .update() == 1;
    }

    /** Whose assignments to list. */
    public enum Party {
        EXPERT("expert_id"),
        POOL("pool_organisation_id"),
        REQUESTER("requester_organisation_id");

        private final String column;

        Party(String column) {
            this.column = column;
        }
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Assignment map(ResultSet rs, int row) throws SQLException {
        Timestamp starts = rs.getTimestamp("starts_at");
        Timestamp ends = rs.getTimestamp("ends_at");
        return new Assignment(
                rs.getObject("id", UUID.class),
                rs.getObject("request_id", UUID.class),
                rs.getObject("offer_id", UUID.class),
                rs.getObject("expert_id", UUID.class),
                rs.getObject("pool_organisation_id", UUID.class),
                rs.getObject("requester_organisation_id", UUID.class),
                starts == null ? null : starts.toInstant(),
                ends == null ? null : ends.toInstant(),
                AssignmentStatus.valueOf(rs.getString("status")),
                rs.getString("cancel_reason"),
                rs.getObject("cancelled_by", UUID.class),
                rs.getTimestamp("created_at").toInstant(),
                EngagementForm.valueOf(rs.getString("engagement_form")));
    }
}
