package fi.valita.experts.internal;

import fi.valita.experts.FeeWorkPause;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The experts' own wish to be offered no fee-based work for a while (columns of the expert table). */
@Repository
public class FeeWorkPauses {

    private final JdbcClient jdbc;

    FeeWorkPauses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Sets or clears the expert's pause of fee-based work. Not versioned: it is the expert's own switch,
     * kept apart from the profile forms, so saving it never makes someone's open profile form stale.
     */
    public void changeFeeWorkPause(UUID id, @Nullable FeeWorkPause pause) {
        jdbc.sql("""
                update expert set fee_work_paused = :paused, fee_work_paused_until = :until, updated_at = now()
                where id = :id""")
                .param("paused", pause != null)
                .param("until", pause == null ? null : pause.until())
                .param("id", id)
                .update();
    }

    /** Experts of the organisation whose pause of fee-based work covers the day. */
    public Set<UUID> pausingFeeWorkOn(UUID organisationId, LocalDate day) {
        return Set.copyOf(jdbc.sql("""
                select id from expert
                where organisation_id = :org and fee_work_paused
                  and (fee_work_paused_until is null or fee_work_paused_until >= :day)""")
                .param("org", organisationId)
                .param("day", day)
                .query(UUID.class)
                .list());
    }
}
