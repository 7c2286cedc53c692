package fi.valita.requests.web;

import fi.valita.experts.ExperienceArea;
import fi.valita.experts.ExpertPool;
import fi.valita.requests.AreasRule;
import fi.valita.requests.FeeBasis;
import fi.valita.requests.RequestStatus;
import fi.valita.requests.WorkRequest;
import fi.valita.shared.Dates;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns work requests into what the pages show, in the user's language and in Helsinki time. */
@Component
class RequestViews {

    private static final Duration SOON = Duration.ofDays(7);

    private final RequestChoices choices;
    private final ExpertPool pool;
    private final MessageSource messages;
    private final Clock clock;

    RequestViews(RequestChoices choices, ExpertPool pool, MessageSource messages, Clock clock) {
        this.choices = choices;
        this.pool = pool;
        this.messages = messages;
        this.clock = clock;
    }

    /** Rows of a list: organisation and unit names are looked up once each, wanted areas are left out. */
    List<RequestView> rows(List<WorkRequest> requests, Locale locale) {
        Map<UUID, String> names = new HashMap<>();
        Map<UUID, Map<UUID, String>> units = new HashMap<>();
        return requests.stream()
                .map(r -> view(r, List.of(), names.computeIfAbsent(r.requesterOrganisationId(), choices::organisationName),
                        unit(r, units.computeIfAbsent(r.requesterOrganisationId(), choices::unitNames)),
                        names.computeIfAbsent(r.poolOrganisationId(), choices::organisationName), locale))
                .toList();
    }

    /** One request with everything about it. */
    RequestView detail(WorkRequest r, Locale locale) {
        Map<UUID, String> areaNames = pool.areasOfPool(r.poolOrganisationId()).stream()
                .collect(Collectors.toMap(ExperienceArea::id, a -> a.name(locale)));
        List<String> areas = r.wantedAreas().stream().filter(areaNames::containsKey).map(areaNames::get).toList();
        return view(r, areas, choices.organisationName(r.requesterOrganisationId()),
                unit(r, choices.unitNames(r.requesterOrganisationId())), choices.organisationName(r.poolOrganisationId()),
                locale);
    }

    private static @Nullable String unit(WorkRequest r, Map<UUID, String> unitNames) {
        return r.requesterUnitId() == null ? null : unitNames.get(r.requesterUnitId());
    }

    private RequestView view(WorkRequest r, List<String> areas, String requester, @Nullable String unit, String poolName,
            Locale locale) {
        Instant now = Instant.now(clock);
        boolean cancellable = r.status().isOpen() || r.status() == RequestStatus.FILLED;
        return new RequestView(r.id(), r.title(), r.description(), choices.taskTypeName(r.taskType(), locale), areas,
                r.areasRule() == AreasRule.ALL, r.targetGroup(), r.audienceSize(),
                choices.languageName(r.language(), locale), when(r, locale),
                r.remote() ? text("requests.where.remote", locale) : where(r, locale), r.remote(), r.address(),
                r.remoteLink(), r.expertsNeeded(), fee(r, locale), r.contactName(), r.contactPhone(), r.contactEmail(),
                r.notes(), r.status(), r.cancelReason(), requester, unit, poolName,
                Dates.dateTime(r.createdAt(), locale), age(r.createdAt(), locale),
                cancellable && startsSoon(r, now), cancellable);
    }

    String when(WorkRequest r, Locale locale) {
        if (r.startsAt() != null && r.endsAt() != null) {
            return Dates.span(r.startsAt(), r.endsAt(), locale);
        }
        if (r.windowFrom() != null && r.windowTo() != null) {
            return messages.getMessage("requests.when.window",
                    new Object[] {Dates.date(r.windowFrom(), locale), Dates.date(r.windowTo(), locale)}, locale);
        }
        return "";
    }

    private String where(WorkRequest r, Locale locale) {
        return r.municipalityCode() == null ? "" : choices.municipalityName(r.municipalityCode(), locale);
    }

    private String fee(WorkRequest r, Locale locale) {
        if (r.feeBasis() == FeeBasis.AGREED_SUM && r.agreedFeeCents() != null) {
            NumberFormat euros = NumberFormat.getNumberInstance(locale);
            euros.setMinimumFractionDigits(2);
            euros.setMaximumFractionDigits(2);
            return messages.getMessage("requests.fee.agreed",
                    new Object[] {euros.format(BigDecimal.valueOf(r.agreedFeeCents(), 2))}, locale);
        }
        return text("requests.fee." + r.feeBasis().name(), locale);
    }

    private String age(Instant createdAt, Locale locale) {
        long days = ChronoUnit.DAYS.between(createdAt.atZone(RequestFormReader.HELSINKI).toLocalDate(),
                LocalDate.now(clock.withZone(RequestFormReader.HELSINKI)));
        if (days <= 0) {
            return text("requests.age.today", locale);
        }
        return days == 1
                ? text("requests.age.yesterday", locale)
                : messages.getMessage("requests.age.days", new Object[] {days}, locale);
    }

    /** Starts (or its window opens) within a week, and is not over yet. */
    private static boolean startsSoon(WorkRequest r, Instant now) {
        Instant over = r.endsAt() != null
                ? r.endsAt()
                : r.windowTo() != null ? r.windowTo().plusDays(1).atStartOfDay(RequestFormReader.HELSINKI).toInstant() : now;
        return over.isAfter(now) && r.urgencyKey(RequestFormReader.HELSINKI).isBefore(now.plus(SOON));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
