package fi.valita.fees;

import fi.valita.fees.ParameterChange.Action;
import fi.valita.fees.ParameterChange.Table;
import fi.valita.identity.CurrentUser;
import fi.valita.identity.PlatformOperators;
import fi.valita.identity.Role;
import fi.valita.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The upkeep of the dated parameter table. The national rows (the Tax Administration's and the law's figures)
 * are changed only by the platform operator; an organisation's admin may add the organisation's own lower value
 * of the keys where the law lets a payer pay less than the maximum ({@link #OWN_KEYS}). Every change is logged
 * with its reason ({@link ParameterChanges}).
 */
@Service
public class FeeParameterTable {

    /** The keys whose national value is a tax-free or legal maximum an organisation may stay under. */
    public static final Set<String> OWN_KEYS = Set.of(FeeParameter.KM_ALLOWANCE_PER_KM, "DAILY_ALLOWANCE_FULL",
            "DAILY_ALLOWANCE_PARTIAL", FeeParameter.WORK_SHARE_PER_DAY);

    private final JdbcClient jdbc;
    private final FeeParameters parameters;
    private final PlatformOperators operators;
    private final ParameterChanges changes;

    FeeParameterTable(JdbcClient jdbc, FeeParameters parameters, PlatformOperators operators,
            ParameterChanges changes) {
        this.jdbc = jdbc;
        this.parameters = parameters;
        this.operators = operators;
        this.changes = changes;
    }

    /** Every national key, alphabetically, with its rows oldest first. */
    @Transactional(readOnly = true)
    public Map<String, List<FeeParameter>> rows(CurrentUser admin) {
        requireAdmin(admin);
        Map<String, List<FeeParameter>> rows = new LinkedHashMap<>();
        for (String key : jdbc.sql("select distinct key from fee_parameter where organisation_id is null order by key")
                .query(String.class).list()) {
            rows.put(key, parameters.history(key));
        }
        return rows;
    }

    /** The admin's organisation's own rows, by key alphabetically, oldest first; keys without rows left out. */
    @Transactional(readOnly = true)
    public Map<String, List<FeeParameter>> ownRows(CurrentUser admin) {
        requireAdmin(admin);
        Map<String, List<FeeParameter>> rows = new LinkedHashMap<>();
        OWN_KEYS.stream().sorted().forEach(key -> {
            List<FeeParameter> own = parameters.historyOf(key, admin.organisationId());
            if (!own.isEmpty()) {
                rows.put(key, own);
            }
        });
        return rows;
    }

    /** One national row, or one of the admin's organisation's own; another organisation's is not found. */
    @Transactional(readOnly = true)
    public FeeParameter row(UUID id, CurrentUser admin) {
        requireAdmin(admin);
        record Owner(String key, @Nullable UUID organisationId) {}
        Owner owner = jdbc.sql("select key, organisation_id from fee_parameter where id = :id").param("id", id)
                .query((rs, n) -> new Owner(rs.getString("key"), rs.getObject("organisation_id", UUID.class)))
                .optional()
                .filter(o -> o.organisationId() == null || o.organisationId().equals(admin.organisationId()))
                .orElseThrow(() -> FeeParameterNotFound.withId(id));
        List<FeeParameter> rows = owner.organisationId() == null ? parameters.history(owner.key())
                : parameters.historyOf(owner.key(), owner.organisationId());
        return rows.stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> FeeParameterNotFound.withId(id));
    }

    /** Whether the user may change the national rows. */
    public boolean changesNationalRows(CurrentUser user) {
        return operators.isOperator(user);
    }

    /**
     * A national value of an existing key for a new period, in the unit of the key's rows: cents for an amount of
     * money, a decimal otherwise. Only the platform operator adds one. A period overlapping another row of the key
     * is refused by the database ({@link org.springframework.dao.DataIntegrityViolationException}).
     */
    @Transactional
    public FeeParameter add(String key, @Nullable Long valueCents, @Nullable BigDecimal valueDecimal,
            LocalDate validFrom, @Nullable LocalDate validTo, String description, String reason, CurrentUser operator) {
        requireAdmin(operator);
        operators.require(operator);
        List<FeeParameter> earlier = parameters.history(key);
        if (earlier.isEmpty()) {
            throw new IllegalArgumentException("No fee parameter key " + key);
        }
        String before = earlier.stream().filter(p -> p.isValidOn(validFrom)).findFirst().map(ParameterTexts::value)
                .orElse(null);
        FeeParameter added = parameters.add(key, valueCents, valueDecimal, earlier.getLast().unit(), validFrom,
                validTo, description.strip());
        changes.log(Table.FEE_PARAMETER, added.id(), key, null, Action.ADDED, before, ParameterTexts.valueAndPeriod(added),
                reason, operator);
        return added;
    }

    /**
     * The organisation's own value of a key for a period, at most the national value on every day of it.
     *
     * @throws FeeParameterRefused for a key the law gives no room in, a value above the national one, or days
     *     without a national value
     */
    @Transactional
    public FeeParameter addOwn(String key, long valueCents, LocalDate validFrom, @Nullable LocalDate validTo,
            String reason, CurrentUser admin) {
        requireAdmin(admin);
        if (!OWN_KEYS.contains(key)) {
            throw FeeParameterRefused.notOwnKey();
        }
        List<FeeParameter> national = parameters.history(key).stream().filter(p -> p.overlaps(validFrom, validTo))
                .toList();
        if (national.isEmpty() || !NationalCover.covers(national, validFrom, validTo)) {
            throw FeeParameterRefused.noNational();
        }
        for (FeeParameter n : national) {
            if (n.valueCents() == null || valueCents > n.valueCents()) {
                throw FeeParameterRefused.aboveNational(n.valueCents() == null ? Money.ZERO : n.money());
            }
        }
        FeeParameter added = parameters.add(key, valueCents, null, national.getLast().unit(), validFrom, validTo,
                reason.strip(), admin.organisationId());
        changes.log(Table.FEE_PARAMETER, added.id(), key, admin.organisationId(), Action.ADDED,
                ParameterTexts.value(national.getFirst()), ParameterTexts.valueAndPeriod(added), reason, admin);
        return added;
    }

    /**
     * Sets the last day a row applies; not before its first day ({@link IllegalArgumentException}). A national row
     * is ended only by the platform operator, an organisation's own by its admin. A later end overlapping the next
     * row is refused by the database.
     */
    @Transactional
    public FeeParameter end(UUID id, LocalDate validTo, String reason, CurrentUser admin) {
        FeeParameter row = row(id, admin);
        if (row.national()) {
            operators.require(admin);
        }
        if (validTo.isBefore(row.validFrom())) {
            throw new IllegalArgumentException("A row cannot end before it starts");
        }
        jdbc.sql("update fee_parameter set valid_to = :to where id = :id").param("to", validTo).param("id", id).update();
        changes.log(Table.FEE_PARAMETER, id, row.key(), row.organisationId(), Action.ENDED,
                ParameterTexts.lastDay(row.validTo()), ParameterTexts.lastDay(validTo), reason, admin);
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
