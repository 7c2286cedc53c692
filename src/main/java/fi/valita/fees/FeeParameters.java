package fi.valita.fees;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dated, editable values of fee and expense rules (kilometre allowance, volunteers' yearly caps): the national
 * rows, and an organisation's own lower values where the law lets it pay less ({@link #effectiveOn}). The database
 * refuses two rows of one key and one owner whose periods overlap.
 */
@Service
public class FeeParameters {

    private final JdbcClient jdbc;

    FeeParameters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The value of the key on the day.
     *
     * @throws FeeParameterMissing when no row covers the day
     */
    @Transactional(readOnly = true)
    public FeeParameter valueOn(String key, LocalDate date) {
        return jdbc.sql("""
                select * from fee_parameter
                where key = :key and organisation_id is null and valid_from <= :day and (valid_to is null or valid_to >= :day)""")
                .param("key", key)
                .param("day", date)
                .query(FeeParameters::map)
                .optional()
                .orElseThrow(() -> FeeParameterMissing.on(key, date));
    }

    /** Every national row of the key, oldest first. */
    @Transactional(readOnly = true)
    public List<FeeParameter> history(String key) {
        return jdbc.sql("select * from fee_parameter where key = :key and organisation_id is null order by valid_from")
                .param("key", key)
                .query(FeeParameters::map)
                .list();
    }

    /** The organisation's own rows of the key, oldest first. */
    @Transactional(readOnly = true)
    public List<FeeParameter> historyOf(String key, UUID organisationId) {
        return jdbc.sql("select * from fee_parameter where key = :key and organisation_id = :org order by valid_from")
                .param("key", key)
                .param("org", organisationId)
                .query(FeeParameters::map)
                .list();
    }

    /**
     * The value that pays the organisation's work on the day: its own row when it has one, else the national one;
     * never more than the national value, even if the national row was lowered after the organisation's was added.
     * Empty when neither applies. Never throws, so it is safe inside a transaction that must go on.
     */
    @Transactional(readOnly = true)
    public Optional<FeeParameter> effectiveOn(String key, LocalDate day, UUID organisationId) {
        Optional<FeeParameter> national = history(key).stream().filter(p -> p.isValidOn(day)).findFirst();
        Optional<FeeParameter> own = historyOf(key, organisationId).stream().filter(p -> p.isValidOn(day)).findFirst();
        if (own.isEmpty() || national.isEmpty()) {
            return national.isPresent() ? national : own;
        }
        return Comparator.comparing(FeeParameters::amount).compare(own.get(), national.get()) <= 0 ? own : national;
    }

    private static BigDecimal amount(FeeParameter p) {
        return p.valueCents() != null ? BigDecimal.valueOf(p.valueCents())
                : p.valueDecimal() == null ? BigDecimal.ZERO : p.valueDecimal();
    }

    /**
     * The keys whose values all end before the day: the rows a person must add before then so that
     * kilometre allowances and caps keep working. A key with an open-ended row never ends.
     */
    @Transactional(readOnly = true)
    public List<FeeParameterEnding> endingBefore(LocalDate day) {
        return jdbc.sql("""
                select key, max(coalesce(valid_to, 'infinity'::date)) as last_day from fee_parameter
                where organisation_id is null
                group by key
                having max(coalesce(valid_to, 'infinity'::date)) < :day
                order by key""")
                .param("day", day)
                .query((rs, row) -> new FeeParameterEnding(rs.getString("key"), rs.getDate("last_day").toLocalDate()))
                .list();
    }

    /**
     * Adds a national value for a period; a period overlapping another row of the key is refused by the database
     * ({@link org.springframework.dao.DataIntegrityViolationException}). Checks no permission: people change the
     * table through {@link FeeParameterTable}.
     */
    @Transactional
    public FeeParameter add(String key, @Nullable Long valueCents, @Nullable BigDecimal valueDecimal, String unit,
            LocalDate validFrom, @Nullable LocalDate validTo, String description) {
        return add(key, valueCents, valueDecimal, unit, validFrom, validTo, description, null);
    }

    /** Like {@link #add(String, Long, BigDecimal, String, LocalDate, LocalDate, String)}, for an owner. */
    FeeParameter add(String key, @Nullable Long valueCents, @Nullable BigDecimal valueDecimal, String unit,
            LocalDate validFrom, @Nullable LocalDate validTo, String description, @Nullable UUID organisationId) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into fee_parameter (id, key, value_cents, value_decimal, unit, valid_from, valid_to, description,
                    organisation_id)
                values (:id, :key, :cents, :decimal, :unit, :from, :to, :description, :org)""")
                .param("id", id)
                .param("key", key)
                .param("cents", valueCents)
                .param("decimal", valueDecimal)
                .param("unit", unit)
                .param("from", validFrom)
                .param("to", validTo)
                .param("description", description)
                .param("org", organisationId)
                .update();
        return new FeeParameter(id, key, valueCents, valueDecimal, unit, validFrom, validTo, description, null,
                organisationId);
    }

    private static FeeParameter map(ResultSet rs, int row) throws SQLException {
        long cents = rs.getLong("value_cents");
        Long valueCents = rs.wasNull() ? null : cents;
        java.sql.Date to = rs.getDate("valid_to");
        return new FeeParameter(rs.getObject("id", UUID.class), rs.getString("key"), valueCents,
                rs.getBigDecimal("value_decimal"), rs.getString("unit"), rs.getDate("valid_from").toLocalDate(),
                to == null ? null : to.toLocalDate(), rs.getString("description"), rs.getString("description_key"),
                rs.getObject("organisation_id", UUID.class));
    }
}
