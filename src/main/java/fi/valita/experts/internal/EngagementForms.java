package fi.valita.experts.internal;

import fi.valita.experts.EngagementForm;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The engagement forms on the experts' profiles (a column of the expert table), for checking offers. */
@Repository
public class EngagementForms {

    private final JdbcClient jdbc;

    EngagementForms(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The forms of those of the given experts who belong to the organisation, in one statement. */
    public Map<UUID, Set<EngagementForm>> of(UUID organisationId, Collection<UUID> expertIds) {
        Map<UUID, Set<EngagementForm>> forms = new HashMap<>();
        jdbc.sql("select id, engagement_forms from expert where organisation_id = :org and id = any(:ids)")
                .param("org", organisationId)
                .param("ids", expertIds.toArray(UUID[]::new))
                .query((rs, row) -> forms.put(rs.getObject("id", UUID.class),
                        SqlArrays.enums(rs.getArray("engagement_forms"), EngagementForm::valueOf)))
                .list();
        return forms;
    }
}
