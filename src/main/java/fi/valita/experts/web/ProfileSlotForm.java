package fi.valita.experts.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.DayOfWeek;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/** One row of the weekly pattern: a day with a start and an end time, or both empty. */
@ProfileSlotForm.WholeSlot
record ProfileSlotForm(
        DayOfWeek day,
        @Nullable LocalTime startsAt,
        @Nullable LocalTime endsAt) {

    static ProfileSlotForm empty(DayOfWeek day) {
        return new ProfileSlotForm(day, null, null);
    }

    boolean isEmpty() {
        return startsAt == null && endsAt == null;
    }

    /** Both times or neither, and the end after the start; the error goes beside the end time. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = WholeSlotValidator.class)
    @interface WholeSlot {
        String message() default "{experts.error.slot-incomplete}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    static class WholeSlotValidator implements ConstraintValidator<WholeSlot, ProfileSlotForm> {

        @Override
        public boolean isValid(@Nullable ProfileSlotForm slot, ConstraintValidatorContext context) {
            if (slot == null || slot.isEmpty()) {
                return true;
            }
            String problem = slot.startsAt() == null || slot.endsAt() == null
                    ? "{experts.error.slot-incomplete}"
                    : slot.endsAt().isAfter(slot.startsAt()) ? null : "{experts.error.end-before-start}";
            if (problem == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(problem)
                    .addPropertyNode(slot.endsAt() == null ? "endsAt" : slot.startsAt() == null ? "startsAt" : "endsAt")
                    .addConstraintViolation();
            return false;
        }
    }
}
