package fi.valita.experts.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who opened or changed an expert's profile (with its lived-experience data), and when. */
@Repository
public class ExpertAccessLog {

    /** What was done with the profile. */
    public enum Action { VIEW, EDIT }

    private final JdbcClient jdbc;

    ExpertAccessLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(UUID expertId, UUID viewerId, Action action, Instant at) {
        jdbc.sql("""
                insert into expert_access_log (expert_id, viewer_id, action, accessed_at)
                values (:expert, :viewer, :action, :at)""")
                .param("expert", expertId)
                .param("viewer", viewerId)
                .param("action", action.name())
                .param("at", Timestamp.from(at))
                .update();
    }
}
