package fi.valita.experts.web;

import fi.valita.experts.Availability;
import fi.valita.experts.ExpertProfile;
import fi.valita.experts.WeeklySlot;
import jakarta.validation.Valid;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * When the expert can usually work (at least two rows a day, empty ones ignored), a break, and
 * personal limits.
 */
record ProfileAvailabilityForm(
        int version,
        List<@Valid ProfileSlotForm> weekly,
        boolean onBreak,
        @Nullable @FutureOrPresent LocalDate breakUntil,
        @Nullable @Min(1) @Max(100) Integer maxAssignmentsPerMonth,
        @Nullable @Min(1) @Max(60) Integer maxHoursPerWeek) implements ProfileSectionForm<ProfileAvailabilityForm> {

    static final int ROWS_A_DAY = 2;

    ProfileAvailabilityForm {
        weekly = weekly == null ? List.of() : weekly; // as posted: error paths like weekly[3].endsAt must keep their index
    }

    static ProfileAvailabilityForm of(ExpertProfile p) {
        List<ProfileSlotForm> rows = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            var slots = p.availability().stream().filter(s -> s.day() == day).toList();
            slots.forEach(s -> rows.add(new ProfileSlotForm(day, s.startsAt(), s.endsAt())));
            for (int i = slots.size(); i < ROWS_A_DAY; i++) {
                rows.add(ProfileSlotForm.empty(day));
            }
        }
        return new ProfileAvailabilityForm(p.version(), rows, p.onBreak(), p.breakUntil(), p.maxAssignmentsPerMonth(),
                p.maxHoursPerWeek());
    }

    Availability toAvailability() {
        var slots = weekly.stream()
                .filter(s -> s != null && s.day() != null && s.startsAt() != null && s.endsAt() != null)
                .map(s -> new WeeklySlot(s.day(), s.startsAt(), s.endsAt()))
                .toList();
        return new Availability(slots, onBreak, onBreak ? breakUntil : null, maxAssignmentsPerMonth, maxHoursPerWeek);
    }

    @Override
    public ProfileAvailabilityForm withVersion(int version) {
        return new ProfileAvailabilityForm(version, weekly, onBreak, breakUntil, maxAssignmentsPerMonth, maxHoursPerWeek);
    }
}
