package fi.valita.matching.internal;

import fi.valita.matching.MatchingWeights;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The matching weights each pool organisation has chosen. */
@Repository
public class OrganisationWeights {

    private final JdbcClient jdbc;

    OrganisationWeights(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<MatchingWeights> of(UUID organisationId) {
        return jdbc.sql("""
                select area_fit, task_fit, distance, rotation, continuity from matching_weights
                where organisation_id = :org""")
                .param("org", organisationId)
                .query((rs, n) -> new MatchingWeights(rs.getInt("area_fit"), rs.getInt("task_fit"), rs.getInt("distance"),
                        rs.getInt("rotation"), rs.getInt("continuity")))
                .optional();
    }

    public void save(UUID organisationId, MatchingWeights w, UUID by, Instant at) {
        jdbc.sql("""
                insert into matching_weights (organisation_id, area_fit, task_fit, distance, rotation, continuity, updated_by, updated_at)
                values (:org, :area, :task, :distance, :rotation, :continuity, :by, :at)
                on conflict (organisation_id) do update set area_fit = excluded.area_fit, task_fit = excluded.task_fit,
                    distance = excluded.distance, rotation = excluded.rotation, continuity = excluded.continuity,
                    updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
                .param("org", organisationId)
                .param("area", w.areaFit())
                .param("task", w.taskFit())
                .param("distance", w.distance())
                .param("rotation", w.rotation())
                .param("continuity", w.continuity())
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update();
    }
}
