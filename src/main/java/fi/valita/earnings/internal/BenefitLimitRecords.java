package fi.valita.earnings.internal;

import fi.valita.earnings.BenefitLimit;
import fi.valita.earnings.BenefitLimitKind;
import fi.valita.shared.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The dated rows of benefit limits. */
@Repository
public class BenefitLimitRecords {

    private final JdbcClient jdbc;

    BenefitLimitRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<BenefitLimit> all() {
        return jdbc.sql("select * from benefit_limit order by code, valid_from").query(BenefitLimitRecords::map).list();
    }

    public List<BenefitLimit> ofCode(String code) {
        return jdbc.sql("select * from benefit_limit where code = :code order by valid_from")
                .param("code", code)
                .query(BenefitLimitRecords::map)
                .list();
    }

    public Optional<BenefitLimit> byId(UUID id) {
        return jdbc.sql("select * from benefit_limit where id = :id for update")
                .param("id", id)
                .query(BenefitLimitRecords::map)
                .optional();
    }

    /** Whether another row of the code (not {@code except}) shares a day with the period. */
    public boolean overlaps(String code, LocalDate from, @Nullable LocalDate to, @Nullable UUID except) {
        return jdbc.sql("""
                select exists (select 1 from benefit_limit
                    where code = :code and (cast(:except as uuid) is null or id <> :except)
                      and daterange(valid_from, coalesce(valid_to, 'infinity'), '[]')
                          && daterange(:from, coalesce(cast(:to as date), 'infinity'), '[]'))""")
                .param("code", code)
                .param("except", except)
                .param("from", from)
                .param("to", to)
                .query(Boolean.class)
                .single();
    }

    public void add(BenefitLimit limit) {
        jdbc.sql("""
                insert into benefit_limit (id, code, kind, amount_cents, valid_from, valid_to, name_key, description_key,
                    example)
                values (:id, :code, :kind, :amount, :from, :to, :name, :description, :example)""")
                .param("id", limit.id())
                .param("code", limit.code())
                .param("kind", limit.kind().name())
                .param("amount", limit.amount() == null ? null : limit.amount().cents())
                .param("from", limit.validFrom())
                .param("to", limit.validTo())
                .param("name", limit.nameKey())
                .param("description", limit.descriptionKey())
                .param("example", limit.example())
                .update();
    }

    public void end(UUID id, LocalDate lastDay) {
        jdbc.sql("update benefit_limit set valid_to = :to where id = :id").param("to", lastDay).param("id", id).update();
    }

    private static BenefitLimit map(ResultSet rs, int row) throws SQLException {
        long cents = rs.getLong("amount_cents");
        Money amount = rs.wasNull() ? null : Money.ofCents(cents);
        return new BenefitLimit(rs.getObject("id", UUID.class), rs.getString("code"),
                BenefitLimitKind.valueOf(rs.getString("kind")), amount, rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class), rs.getString("name_key"), rs.getString("description_key"),
                rs.getBoolean("example"));
    }
}
