package fi.valita.matching.internal;

import fi.valita.experts.TaskType;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The task types each pool organisation requires a confirmed expert-by-experience training for. */
@Repository
public class TrainingRequirements {

    private final JdbcClient jdbc;

    TrainingRequirements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Set<TaskType> of(UUID organisationId) {
        Set<TaskType> required = EnumSet.noneOf(TaskType.class);
        jdbc.sql("select task_type from matching_training_requirement where organisation_id = :org")
                .param("org", organisationId)
                .query(String.class)
                .list()
                .forEach(type -> required.add(TaskType.valueOf(type)));
        return required;
    }

    /** Replaces the organisation's requirements with the given task types. */
    public void replace(UUID organisationId, Set<TaskType> required, UUID by, Instant at) {
        jdbc.sql("delete from matching_training_requirement where organisation_id = :org").param("org", organisationId)
                .update();
        for (TaskType type : required) {
            jdbc.sql("""
                    insert into matching_training_requirement (organisation_id, task_type, updated_by, updated_at)
                    values (:org, :type, :by, :at)""")
                    .param("org", organisationId)
                    .param("type", type.name())
                    .param("by", by)
                    .param("at", Timestamp.from(at))
                    .update();
        }
    }
}
