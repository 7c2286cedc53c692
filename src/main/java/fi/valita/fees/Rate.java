package fi.valita.fees;

import fi.valita.experts.TaskType;
import fi.valita.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A line of a pool organisation's rate card.
 *
 * @param taskType the task type it is for, null for any task type
 * @param preparationMinutes preparation paid on top of the reported hours (hourly rates)
 * @param minimumMinutes the least time paid for one assignment (hourly rates)
 */
public record Rate(UUID id, UUID organisationId, RateKind kind, @Nullable TaskType taskType, Money amount,
        int preparationMinutes, int minimumMinutes, LocalDate validFrom, @Nullable LocalDate validTo) {

    /** Hours paid for reported hours: the hours plus preparation, at least the minimum. */
    public BigDecimal billableHours(BigDecimal reportedHours) {
        BigDecimal minutes = reportedHours.multiply(BigDecimal.valueOf(60)).add(BigDecimal.valueOf(preparationMinutes))
                .max(BigDecimal.valueOf(minimumMinutes));
        return minutes.divide(BigDecimal.valueOf(60), 6, RoundingMode.HALF_UP);
    }

    /** Whether a new rate for the task type (null: any) and days would apply on some of this one's days. */
    public boolean overlaps(@Nullable TaskType otherTaskType, LocalDate from, @Nullable LocalDate to) {
        return taskType == otherTaskType && Periods.overlap(validFrom, validTo, from, to);
    }
}
