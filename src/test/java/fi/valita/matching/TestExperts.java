package fi.valita.matching;

import fi.valita.TestPools;
import fi.valita.experts.Availability;
import fi.valita.experts.ContactDetails;
import fi.valita.experts.EngagementForm;
import fi.valita.experts.ExpertPool;
import fi.valita.experts.TaskType;
import fi.valita.experts.WorkPreferences;
import fi.valita.identity.CurrentUser;
import fi.valita.identity.Role;
import fi.valita.requests.TestRequests;
import fi.valita.requests.WorkRequest;
import fi.valita.requests.WorkRequests;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Experts with filled-in profiles, requests to rank them for, and their past work, in the database. A plain
 * class built from the shared context's beans, so that using it does not start another context.
 */
final class TestExperts {

    private final TestPools pools;
    private final ExpertPool pool;
    private final WorkRequests requests;
    private final JdbcClient jdbc;

    TestExperts(TestPools pools, ExpertPool pool, WorkRequests requests, JdbcClient jdbc) {
        this.pools = pools;
        this.pool = pool;
        this.requests = requests;
        this.jdbc = jdbc;
    }

    /** An expert in Rovaniemi who speaks Finnish, works remotely too and wants to tell their story to large audiences. */
    CurrentUser storytellerInRovaniemi(TestPools.Pool ngo, String name) {
        CurrentUser expert = pools.person(ngo.organisation().id(), Role.EXPERT, name);
        pool.changeContact(expert.id(), 0,
                new ContactDetails(name, expert.email(), null, "698", Set.of("fi"), true, 200), expert);
        pool.changeWork(expert.id(), 1, new WorkPreferences(Set.of(TaskType.STORY_LARGE_AUDIENCE),
                Set.of(EngagementForm.FEE_BASED_ASSIGNMENT, EngagementForm.VOLUNTEER)), expert);
        return expert;
    }

    void takeABreak(CurrentUser expert) {
        int version = pool.profile(expert.id(), expert).version();
        pool.changeAvailability(expert.id(), version, new Availability(List.of(), true, null, null, null), expert);
    }

    /** A two-hour talk in Rovaniemi in ten days, asked by the pool's own requester. */
    WorkRequest talkInRovaniemi(TestPools.Pool ngo) {
        return requests.create(TestRequests.talkInDays(ngo.organisation().id(), ngo.organisation().id(), "698", 10),
                ngo.requester());
    }

    /** An offer of another request that the expert declined. */
    void declinedOffer(TestPools.Pool ngo, CurrentUser expert) {
        WorkRequest other = talkInRovaniemi(ngo);
        jdbc.sql("""
                insert into offer (id, request_id, expert_id, pool_organisation_id, offered_by, respond_by, status, created_at, answered_at,
                    engagement_form)
                values (:id, :request, :expert, :pool, :by, now() + interval '1 day', 'DECLINED', now(), now(),
                    'FEE_BASED_ASSIGNMENT')""")
                .param("id", UUID.randomUUID())
                .param("request", other.id())
                .param("expert", expert.id())
                .param("pool", ngo.organisation().id())
                .param("by", ngo.coordinator().id())
                .update();
    }

    /** An accepted assignment of another request, at the given time (or cancelled afterwards). */
    void assignment(TestPools.Pool ngo, CurrentUser expert, Instant from, Instant to, String status) {
        WorkRequest other = talkInRovaniemi(ngo);
        UUID offer = UUID.randomUUID();
        jdbc.sql("""
                insert into offer (id, request_id, expert_id, pool_organisation_id, offered_by, respond_by, status, created_at, answered_at,
                    engagement_form)
                values (:id, :request, :expert, :pool, :by, now() + interval '1 day', 'ACCEPTED', now(), now(),
                    'FEE_BASED_ASSIGNMENT')""")
                .param("id", offer)
                .param("request", other.id())
                .param("expert", expert.id())
                .param("pool", ngo.organisation().id())
                .param("by", ngo.coordinator().id())
                .update();
        jdbc.sql("""
                insert into assignment (id, request_id, offer_id, expert_id, pool_organisation_id, requester_organisation_id,
                    during, status, created_at, engagement_form)
                values (:id, :request, :offer, :expert, :pool, :pool, tstzrange(:from, :to), :status, now(),
                    'FEE_BASED_ASSIGNMENT')""")
                .param("id", UUID.randomUUID())
                .param("request", other.id())
                .param("offer", offer)
                .param("expert", expert.id())
                .param("pool", ngo.organisation().id())
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .param("status", status)
                .update();
    }

    /** An assignment done a month ago. */
    void pastAssignment(TestPools.Pool ngo, CurrentUser expert) {
        Instant start = Instant.now().minus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        assignment(ngo, expert, start, start.plus(2, ChronoUnit.HOURS), "COMPLETED");
    }
}
