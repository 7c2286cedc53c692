package fi.valita.fees;

import fi.valita.identity.CurrentUser;
import fi.valita.identity.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrators' upkeep of the dated parameter table: every key with its rows, a row for a new
 * period, and the last day of a row. The table is shared by all organisations (the figures are the
 * Tax Administration's), so only administrators change it.
 */
@Service
public class FeeParameterTable {

    private final JdbcClient jdbc;
    private final FeeParameters parameters;

    FeeParameterTable(JdbcClient jdbc, FeeParameters parameters) {
        this.jdbc = jdbc;
        this.parameters = parameters;
    }

    /** Every key, alphabetically, with its rows oldest first. */
    @Transactional(readOnly = true)
    public Map<String, List<FeeParameter>> rows(CurrentUser admin) {
        requireAdmin(admin);
        Map<String, List<FeeParameter>> rows = new LinkedHashMap<>();
        for (String key : jdbc.sql("select distinct key from fee_parameter order by key").query(String.class).list()) {
            rows.put(key, parameters.history(key));
        }
        return rows;
    }

    /** One row. */
    @Transactional(readOnly = true)
    public FeeParameter row(UUID id, CurrentUser admin) {
        requireAdmin(admin);
        String key = jdbc.sql("select key from fee_parameter where id = :id").param("id", id).query(String.class)
                .optional().orElseThrow(() -> FeeParameterNotFound.withId(id));
        return parameters.history(key).stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> FeeParameterNotFound.withId(id));
    }

    /**
     * A value of an existing key for a new period, in the unit of the key's rows: cents for an amount of
     * money, a decimal otherwise. A period overlapping another row of the key is refused by the database
     * ({@link org.springframework.dao.DataIntegrityViolationException}).
     */
    @Transactional
    public FeeParameter add(String key, @Nullable Long valueCents, @Nullable BigDecimal valueDecimal,
            LocalDate validFrom, @Nullable LocalDate validTo, String description, CurrentUser admin) {
        requireAdmin(admin);
        List<FeeParameter> earlier = parameters.history(key);
        if (earlier.isEmpty()) {
            throw new IllegalArgumentException("No fee parameter key " + key);
        }
        return parameters.add(key, valueCents, valueDecimal, earlier.getLast().unit(), validFrom, validTo,
                description.strip());
    }

    /**
     * Sets the last day a row applies; not before its first day ({@link IllegalArgumentException}). A later
     * end overlapping the next row is refused by the database.
     */
    @Transactional
    public FeeParameter end(UUID id, LocalDate validTo, CurrentUser admin) {
        FeeParameter row = row(id, admin);
        if (validTo.isBefore(row.validFrom())) {
            throw new IllegalArgumentException("A row cannot end before it starts");
        }
        jdbc.sql("update fee_parameter set valid_to = :to where id = :id").param("to", validTo).param("id", id).update();
        return row(id, admin);
    }

    /** Whether values of the key are amounts of money (cents), not counts. */
    public static boolean isMoney(FeeParameter row) {
        return row.valueCents() != null;
    }

    private static void requireAdmin(CurrentUser user) {
        if (!user.is(Role.ADMIN)) {
            throw new AccessDeniedException("Only administrators change the fee parameters");
        }
    }
}
