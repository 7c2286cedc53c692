package fi.valita.documents.internal;

import fi.valita.documents.AgreementAcceptance;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Experts' acceptances of assignment agreements, one per content of an agreement. */
@Repository
public class AgreementAcceptances {

    private final JdbcClient jdbc;

    AgreementAcceptances(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the acceptance unless this content of the agreement is already accepted: a second click, even at
     * the same moment, waits for the first one's row and adds nothing.
     */
    public void add(UUID assignmentId, UUID expertId, String templateVersion, String contentSha256, Instant at) {
        jdbc.sql("""
                insert into agreement_acceptance (id, assignment_id, expert_id, template_version, content_sha256,
                    accepted_at)
                values (:id, :assignment, :expert, :version, :sha, :at)
                on conflict (assignment_id, content_sha256) do nothing""")
                .param("id", UUID.randomUUID())
                .param("assignment", assignmentId)
                .param("expert", expertId)
                .param("version", templateVersion)
                .param("sha", contentSha256)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** The acceptances of an assignment's agreement, newest first. */
    public List<AgreementAcceptance> ofAssignment(UUID assignmentId) {
        return jdbc.sql("""
                select * from agreement_acceptance where assignment_id = :assignment
                order by accepted_at desc, id""")
                .param("assignment", assignmentId)
                .query(AgreementAcceptances::map)
                .list();
    }

    private static AgreementAcceptance map(ResultSet rs, int row) throws SQLException {
        return new AgreementAcceptance(rs.getObject("id", UUID.class), rs.getObject("assignment_id", UUID.class),
                rs.getObject("expert_id", UUID.class), rs.getString("template_version"),
                rs.getString("content_sha256"), rs.getTimestamp("accepted_at").toInstant());
    }
}
