package fi.valita.assignments.internal;

import fi.valita.assignments.Offer;
import fi.valita.assignments.OfferStatus;
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

/** OfferRecords. Answers are conditional updates: answering an offer that is no longer open does nothing. */
@Repository
public class OfferRecords {

    private final JdbcClient jdbc;

    OfferRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds the offer unless the expert holds a standing one for the request already (open, accepted, declined or
     * expired; not one closed unanswered or whose assignment was called off); true when added.
     */
    public boolean addUnlessOffered(Offer o) {
        return jdbc.sql("""
                insert into offer (id, request_id, expert_id, pool_organisation_id, offered_by, respond_by, status, created_at,
                    engagement_form)
                values (:id, :request, :expert, :pool, :by, :respondBy, :status, :created, :form)
                on conflict (request_id, expert_id) where status <> 'CLOSED' and not assignment_cancelled do nothing""")
                .param("id", o.id())
                .param("request", o.requestId())
                .param("expert", o.expertId())
                .param("pool", o.poolOrganisationId())
                .param("by", o.offeredBy())
                .param("respondBy", Timestamp.from(o.respondBy()))
                .param("status", o.status().name())
                .param("created", Timestamp.from(o.createdAt()))
                .param("form", o.engagementForm().name())
                .update() == 1;
    }

    public Optional<Offer> byId(UUID id) {
        return jdbc.sql("select * from offer where id = :id").param("id", id).query(OfferRecords::map).optional();
    }

    public List<Offer> ofRequest(UUID requestId) {
        return jdbc.sql("select * from offer where request_id = :request order by created_at, id")
                .param("request", requestId)
                .query(OfferRecords::map)
                .list();
    }

    /** The expert's open offers still before their deadline, newest first. */
    public List<Offer> openOfExpert(UUID expertId, Instant now) {
        return jdbc.sql("""
                select * from offer where expert_id = :expert and status = 'OPEN' and respond_by > :now
                order by created_at desc, id""")
                .param("expert", expertId)
                .param("now", Timestamp.from(now))
                .query(OfferRecords::map)
                .list();
    }

    /** Records the answer if the offer is still open; true when it was. */
    public boolean answer(UUID id, OfferStatus status, @Nullable String reason, Instant at) {
        return jdbc.sql("""
                update offer set status = :status, decline_reason = :reason, answered_at = :at
                where id = :id and status = 'OPEN'""")
                .param("status", status.name())
                .param("reason", reason)
                .param("at", Timestamp.from(at))
                .param("id", id)
                .update() == 1;
    }

    /** The offer's assignment was called off: the offer no longer keeps the request from being offered again. */
    public void assignmentCancelled(UUID id) {
        jdbc.sql("update offer set assignment_cancelled = true where id = :id").param("id", id).update();
    }

    /** Closes the request's open offers; returns the experts whose offers closed. */
    public List<UUID> closeOpen(UUID requestId, Instant at) {
        return jdbc.sql("""
                update offer set status = 'CLOSED', answered_at = :at
                where request_id = :request and status = 'OPEN' returning expert_id""")
                .param("at", Timestamp.from(at))
                .param("request", requestId)
                .query(UUID.class)
                .list();
    }

    public int countOpen(UUID requestId, Instant now) {
        return jdbc.sql("select count(*) from offer where request_id = :request and status = 'OPEN' and respond_by > :now")
                .param("request", requestId)
                .param("now", Timestamp.from(now))
                .query(Integer.class)
                .single();
    }

    /** The requests that have open offers past their deadline. */
    public List<UUID> requestsWithExpiredOffers(Instant now) {
        return jdbc.sql("select distinct request_id from offer where status = 'OPEN' and respond_by <= :now")
                .param("now", Timestamp.from(now))
                .query(UUID.class)
                .list();
    }

    /** Marks the request's open offers past their deadline expired; returns their experts. */
    public List<UUID> expire(UUID requestId, Instant now) {
        return jdbc.sql("""
                update offer set status = 'EXPIRED', answered_at = :now
                where request_id = :request and status = 'OPEN' and respond_by <= :now returning expert_id""")
                .param("now", Timestamp.from(now))
                .param("request", requestId)
                .query(UUID.class)
                .list();
    }

    private static Offer map(ResultSet rs, int row) throws SQLException {
        Timestamp answered = rs.getTimestamp("answered_at");
        return new Offer(
                rs.getObject("id", UUID.class),
                rs.getObject("request_id", UUID.class),
                rs.getObject("expert_id", UUID.class),
                rs.getObject("pool_organisation_id", UUID.class),
                rs.getObject("offered_by", UUID.class),
                rs.getTimestamp("respond_by").toInstant(),
                OfferStatus.valueOf(rs.getString("status")),
                rs.getString("decline_reason"),
                rs.getTimestamp("created_at").toInstant(),
                answered == null ? null : answered.toInstant(),
                EngagementForm.valueOf(rs.getString("engagement_form")));
    }
}
