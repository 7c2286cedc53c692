package fi.valita.fees;

import fi.valita.experts.TaskType;
import fi.valita.identity.CurrentUser;
import fi.valita.shared.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Pool organisations' rate cards, dated; a rate for the task type wins over the general one. */
@Service
public class Rates {

    private final JdbcClient jdbc;

    Rates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The rate of the organisation for the task type on the day: the task type's own, else the general one. */
    @Transactional(readOnly = true)
    public Optional<Rate> rateFor(UUID organisationId, TaskType taskType, LocalDate date) {
        return jdbc.sql("""
                select * from rate
                where organisation_id = :org and (task_type = :type or task_type is null)
                  and valid_from <= :day and (valid_to is null or valid_to >= :day)
                order by task_type nulls last
                limit 1""")
                .param("org", organisationId)
                .param("type", taskType.name())
                .param("day", date)
                .query(Rates::map)
                .optional();
    }

    /**
     * A coordinator adds a rate to their own organisation's card. A period overlapping a rate of the same
     * task type is refused by the database ({@link org.springframework.dao.DataIntegrityViolationException}).
     */
    @Transactional
    public Rate add(RateKind kind, @Nullable TaskType taskType, Money amount, int preparationMinutes,
            int minimumMinutes, LocalDate validFrom, @Nullable LocalDate validTo, CurrentUser coordinator) {
        if (!coordinator.coordinates()) {
            throw new AccessDeniedException("Only coordinators keep the rate card");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into rate (id, organisation_id, kind, task_type, amount_cents, preparation_minutes,
                    minimum_minutes, valid_from, valid_to)
                values (:id, :org, :kind, :type, :cents, :prep, :min, :from, :to)""")
                .param("id", id)
                .param("org", coordinator.organisationId())
                .param("kind", kind.name())
                .param("type", taskType == null ? null : taskType.name())
                .param("cents", amount.cents())
                .param("prep", preparationMinutes)
                .param("min", minimumMinutes)
                .param("from", validFrom)
                .param("to", validTo)
                .update();
        return new Rate(id, coordinator.organisationId(), kind, taskType, amount, preparationMinutes, minimumMinutes,
                validFrom, validTo);
    }

    /** The coordinator's organisation's rate card, newest first. */
    @Transactional(readOnly = true)
    public List<Rate> ofMyOrganisation(CurrentUser coordinator) {
        requireCoordinator(coordinator);
        return jdbc.sql("select * from rate where organisation_id = :org order by valid_from desc, task_type nulls first")
                .param("org", coordinator.organisationId())
                .query(Rates::map)
                .list();
    }

    /** One rate of the coordinator's organisation's card. */
    @Transactional(readOnly = true)
    public Rate get(UUID rateId, CurrentUser coordinator) {
        requireCoordinator(coordinator);
        return jdbc.sql("select * from rate where id = :id and organisation_id = :org")
                .param("id", rateId)
                .param("org", coordinator.organisationId())
                .query(Rates::map)
                .optional()
                .orElseThrow(() -> RateNotFound.withId(rateId));
    }

    /**
     * Sets the last day a rate applies. A day before its first day is refused with an
     * {@link IllegalArgumentException}; a later end that would overlap the next rate of the task type, by the
     * database ({@link org.springframework.dao.DataIntegrityViolationException}).
     */
    @Transactional
    public Rate end(UUID rateId, LocalDate validTo, CurrentUser coordinator) {
        Rate rate = get(rateId, coordinator);
        if (validTo.isBefore(rate.validFrom())) {
            throw new IllegalArgumentException("A rate cannot end before it starts");
        }
        jdbc.sql("update rate set valid_to = :to where id = :id and organisation_id = :org")
                .param("to", validTo)
                .param("id", rateId)
                .param("org", coordinator.organisationId())
                .update();
        return get(rateId, coordinator);
    }

    private static void requireCoordinator(CurrentUser user) {
        if (!user.coordinates()) {
            throw new AccessDeniedException("Only coordinators keep the rate card");
        }
    }

    private static Rate map(ResultSet rs, int row) throws SQLException {
        String type = rs.getString("task_type");
        java.sql.Date to = rs.getDate("valid_to");
        return new Rate(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
                RateKind.valueOf(rs.getString("kind")), type == null ? null : TaskType.valueOf(type),
                Money.ofCents(rs.getLong("amount_cents")), rs.getInt("preparation_minutes"),
                rs.getInt("minimum_minutes"), rs.getDate("valid_from").toLocalDate(),
                to == null ? null : to.toLocalDate());
    }
}
