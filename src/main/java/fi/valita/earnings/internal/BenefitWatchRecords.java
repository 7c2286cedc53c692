package fi.valita.earnings.internal;

import fi.valita.shared.Money;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each expert's choice of the limit they watch. Benefit data: never log anything read or written here. */
@Repository
public class BenefitWatchRecords {

    /** What an expert chose; no row means nothing chosen and nothing shared. */
    public record Choice(@Nullable String limitCode, @Nullable Money personalAmount, boolean sharedWithCoordinator) {

        public static final Choice NOTHING = new Choice(null, null, false);
    }

    private final JdbcClient jdbc;

    BenefitWatchRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Choice> of(UUID expertId) {
        return jdbc.sql("select * from benefit_watch where expert_id = :expert")
                .param("expert", expertId)
                .query((rs, row) -> {
                    long cents = rs.getLong("personal_amount_cents");
                    Money amount = rs.wasNull() ? null : Money.ofCents(cents);
                    return new Choice(rs.getString("limit_code"), amount, rs.getBoolean("shared_with_coordinator"));
                })
                .optional();
    }

    public void save(UUID expertId, Choice choice, Instant at) {
        jdbc.sql("""
                insert into benefit_watch (expert_id, limit_code, personal_amount_cents, shared_with_coordinator, updated_at)
                values (:expert, :code, :amount, :shared, :at)
                on conflict (expert_id) do update set limit_code = excluded.limit_code,
                    personal_amount_cents = excluded.personal_amount_cents,
                    shared_with_coordinator = excluded.shared_with_coordinator, updated_at = excluded.updated_at""")
                .param("expert", expertId)
                .param("code", choice.limitCode())
                .param("amount", choice.personalAmount() == null ? null : choice.personalAmount().cents())
                .param("shared", choice.sharedWithCoordinator())
                .param("at", Timestamp.from(at))
                .update();
    }
}
