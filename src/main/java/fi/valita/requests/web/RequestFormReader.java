package fi.valita.requests.web;

import fi.valita.experts.TaskType;
import fi.valita.requests.AreasRule;
import fi.valita.requests.FeeBasis;
import fi.valita.requests.NewWorkRequest;
import fi.valita.requests.RequestRefused;
import fi.valita.requests.RequestRules;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * Reads the text of a {@link RequestForm} into a {@link NewWorkRequest}: each value that cannot be
 * read gets a message beside its field. The rules of a request (a time in the future, a place on
 * site, a pool that serves the organisation…) stay with the requests module; those of time, place
 * and fee ({@link RequestRules}) are checked here too, with the other fields, so that every mistake
 * shows at once. {@link #fieldOf} tells which field a refusal belongs to.
 */
final class RequestFormReader {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private final RequestForm form;
    private final Clock clock;
    private final Errors errors;

    private RequestFormReader(RequestForm form, Clock clock, Errors errors) {
        this.form = form;
        this.clock = clock;
        this.errors = errors;
    }

    /** The request the form describes, or null when some value could not be read (the errors say which). */
    static @Nullable NewWorkRequest read(RequestForm form, @Nullable UUID pool, @Nullable UUID requesterOrganisation,
            Clock clock, Errors errors) {
        return new RequestFormReader(form, clock, errors).read(pool, requesterOrganisation);
    }

    /** The form field a refusal of the requests module belongs to, or null for the form as a whole. */
    static @Nullable String fieldOf(RequestRefused refused, RequestForm form, boolean coordinator) {
        return switch (refused.field()) {
            case "poolOrganisationId" -> coordinator ? "requesterOrganisationId" : "poolOrganisationId";
            case "wantedAreas", "municipalityCode", "language", "requesterUnitId" -> refused.field();
            case "startsAt" -> form.fixedTime() ? "date" : "windowFrom";
            case "endsAt" -> form.fixedTime() ? "endTime" : "windowTo";
            case "agreedFeeCents" -> "agreedSum";
            default -> null;
        };
    }

    private @Nullable NewWorkRequest read(@Nullable UUID pool, @Nullable UUID requesterOrganisation) {
        if (!errors.hasFieldErrors("title") && form.title().strip().length() < 3) {
            errors.rejectValue("title", "requests.error.title-short");
        }
        if (!errors.hasFieldErrors("contactName") && form.contactName().strip().length() < 2) {
            errors.rejectValue("contactName", "requests.error.contact-name-short");
        }
        TaskType taskType = choice(TaskType.class, form.taskType(), "taskType", "requests.error.task-type");
        List<UUID> areas = areas();
        AreasRule rule = given(form.areasRule()) ? choice(AreasRule.class, form.areasRule(), "areasRule", "typeMismatch")
                : AreasRule.ANY;
        Integer audience = given(form.audienceSize())
                ? number(form.audienceSize(), 1, 100_000, "audienceSize", "requests.error.audience-size")
                : null;
        Integer needed = number(given(form.expertsNeeded()) ? form.expertsNeeded() : "1", 1, 20, "expertsNeeded",
                "requests.error.experts-needed");
        FeeBasis fee = choice(FeeBasis.class, form.feeBasis(), "feeBasis", "typeMismatch");
        Long cents = fee == FeeBasis.AGREED_SUM ? cents() : null;
        if (fee != null && !errors.hasFieldErrors("agreedSum")) {
            keep(RequestRules.agreedSum(fee, cents));
        }
        Time time = time();
        Boolean remote = remote();
        if (remote != null) {
            keep(RequestRules.place(remote, form.municipalityCode()));
        }
        UUID unit = unit();
        if (errors.hasErrors() || pool == null || requesterOrganisation == null || taskType == null || rule == null
                || needed == null || fee == null || time == null || remote == null) {
            return null;
        }
        return new NewWorkRequest(pool, requesterOrganisation, unit, form.title(), form.description(), taskType, areas,
                rule, form.targetGroup(), audience, form.language(), time.startsAt(), time.endsAt(), time.windowFrom(),
                time.windowTo(), remote, remote ? null : form.municipalityCode(), remote ? null : form.address(),
                remote ? form.remoteLink() : null, needed, fee, cents, form.contactName(), form.contactPhone(),
                form.contactEmail(), form.notes());
    }

    private record Time(@Nullable Instant startsAt, @Nullable Instant endsAt, @Nullable LocalDate windowFrom,
            @Nullable LocalDate windowTo) {}

    private @Nullable Time time() {
        if (RequestForm.FIXED.equals(form.timing())) {
            LocalDate day = date(form.date(), "date");
            LocalTime start = time(form.startTime(), "startTime");
            LocalTime end = time(form.endTime(), "endTime");
            if (day == null || start == null || end == null) {
                return null;
            }
            Instant startsAt = day.atTime(start).atZone(HELSINKI).toInstant();
            Instant endsAt = day.atTime(end).atZone(HELSINKI).toInstant();
            keep(RequestRules.fixedTime(startsAt, endsAt, Instant.now(clock)));
            return new Time(startsAt, endsAt, null, null);
        }
        if (RequestForm.WINDOW.equals(form.timing())) {
            LocalDate from = date(form.windowFrom(), "windowFrom");
            LocalDate to = date(form.windowTo(), "windowTo");
            if (from == null || to == null) {
                return null;
            }
            keep(RequestRules.windowOfDays(from, to, LocalDate.now(clock)));
            return new Time(null, null, from, to);
        }
        errors.rejectValue("timing", "requests.error.timing");
        return null;
    }

    private @Nullable Boolean remote() {
        if (RequestForm.ON_SITE.equals(form.place())) {
            return false;
        }
        if (RequestForm.REMOTE.equals(form.place())) {
            return true;
        }
        errors.rejectValue("place", "requests.error.place-kind");
        return null;
    }

    /** The unit chosen, or none; whether one is needed (the organisation has units) is the requests module's rule. */
    private @Nullable UUID unit() {
        if (!given(form.requesterUnitId())) {
            return null;
        }
        UUID unit = FormValues.uuid(form.requesterUnitId());
        if (unit == null) {
            errors.rejectValue("requesterUnitId", "requests.error.unit");
        }
        return unit;
    }

    private List<UUID> areas() {
        List<UUID> ids = new ArrayList<>();
        for (String value : form.wantedAreas()) {
            UUID id = FormValues.uuid(value);
            if (id == null) {
                errors.rejectValue("wantedAreas", "requests.error.area");
                return List.of();
            }
            ids.add(id);
        }
        return ids;
    }

    private @Nullable Long cents() {
        if (!given(form.agreedSum())) {
            return null; // RequestRules.agreedSum says it is missing
        }
        Long cents = FormValues.cents(form.agreedSum());
        if (cents == null) {
            errors.rejectValue("agreedSum", "requests.error.sum-format");
        }
        return cents;
    }

    /** A rule of the request that the values read so far break goes beside its field. */
    private void keep(Optional<RequestRefused> broken) {
        broken.ifPresent(refused -> {
            String field = fieldOf(refused, form, false);
            if (field != null && !errors.hasFieldErrors(field)) {
                errors.rejectValue(field, refused.messageKey());
            }
        });
    }

    private @Nullable LocalDate date(@Nullable String value, String field) {
        if (!given(value)) {
            errors.rejectValue(field, "requests.error.date-missing");
            return null;
        }
        LocalDate date = FormValues.date(value);
        if (date == null) {
            errors.rejectValue(field, "requests.error.date-format");
        }
        return date;
    }

    private @Nullable LocalTime time(@Nullable String value, String field) {
        if (!given(value)) {
            errors.rejectValue(field, "requests.error.time-missing");
            return null;
        }
        LocalTime time = FormValues.time(value);
        if (time == null) {
            errors.rejectValue(field, "requests.error.time-format");
        }
        return time;
    }

    private @Nullable Integer number(String value, int min, int max, String field, String messageKey) {
        Integer number = FormValues.wholeNumber(value);
        if (number == null || number < min || number > max) {
            errors.rejectValue(field, messageKey);
            return null;
        }
        return number;
    }

    private <E extends Enum<E>> @Nullable E choice(Class<E> type, @Nullable String value, String field, String messageKey) {
        if (errors.hasFieldErrors(field)) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        errors.rejectValue(field, messageKey);
        return null;
    }

    private static boolean given(@Nullable String value) {
        return value != null && !value.isBlank();
    }
}
