package fi.valita.fees.web;

import fi.valita.fees.FeeLineFilter;
import fi.valita.fees.FeeLineStatus;
import fi.valita.shared.Dates;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The review filters as typed or tampered with: kept as text, so that a value the page does not know
 * comes back with a message next to its field, and the page shows the default for it instead.
 */
record FeeFilterForm(@Nullable String status, @Nullable String from, @Nullable String to, @Nullable String expert,
        @Nullable String requester) {

    /**
     * The filter these values mean; a value that cannot be used is told to {@code errors} and replaced by
     * its default: every status, the month of {@code today}, any expert, any requester.
     */
    FeeLineFilter read(BindingResult errors, LocalDate today, Collection<UUID> experts, Collection<UUID> requesters) {
        Set<FeeLineStatus> statuses = Set.of();
        if (given(status)) {
            statuses = EnumSet.allOf(FeeLineStatus.class).stream().filter(s -> s.name().equals(status)).findFirst()
                    .map(Set::of).orElseGet(() -> rejected(Set.of(), errors, "status", "fees.filter.error.choice"));
        }
        LocalDate first = day(from, "from", errors).orElse(today.withDayOfMonth(1));
        LocalDate last = day(to, "to", errors).orElse(today.withDayOfMonth(today.lengthOfMonth()));
        if (last.isBefore(first)) {
            errors.rejectValue("to", "fees.filter.error.order");
            last = first.withDayOfMonth(first.lengthOfMonth());
        }
        return new FeeLineFilter(statuses, first, last, chosen(expert, experts, "expert", errors),
                chosen(requester, requesters, "requester", errors));
    }

    /** The query string that shows the filter again, e.g. after an approval. */
    static String query(FeeLineFilter filter) {
        var uri = UriComponentsBuilder.newInstance()
                .queryParam("status", filter.statuses().size() == 1 ? filter.statuses().iterator().next().name() : "")
                .queryParam("from", filter.from())
                .queryParam("to", filter.to())
                .queryParam("expert", filter.expertId() == null ? "" : filter.expertId())
                .queryParam("requester", filter.requesterOrganisationId() == null ? "" : filter.requesterOrganisationId());
        return uri.encode().build().getQuery();
    }

    /** The form showing the filter in use, for a page reached without errors. */
    static FeeFilterForm of(FeeLineFilter filter) {
        return new FeeFilterForm(filter.statuses().size() == 1 ? filter.statuses().iterator().next().name() : "",
                filter.from().toString(), filter.to().toString(),
                filter.expertId() == null ? "" : filter.expertId().toString(),
                filter.requesterOrganisationId() == null ? "" : filter.requesterOrganisationId().toString());
    }

    private static Optional<LocalDate> day(@Nullable String text, String field, BindingResult errors) {
        if (!given(text)) {
            return Optional.empty();
        }
        Optional<LocalDate> day = Dates.parseDate(text);
        if (day.isEmpty()) {
            errors.rejectValue(field, "fees.filter.error.date");
        }
        return day;
    }

    private static @Nullable UUID chosen(@Nullable String value, Collection<UUID> choices, String field,
            BindingResult errors) {
        if (!given(value)) {
            return null;
        }
        return choices.stream().filter(id -> id.toString().equals(value.strip())).findFirst()
                .orElseGet(() -> rejected(null, errors, field, "fees.filter.error.choice"));
    }

    private static <T> T rejected(T fallback, BindingResult errors, String field, String key) {
        errors.rejectValue(field, key);
        return fallback;
    }

    static boolean given(@Nullable String value) {
        return value != null && !value.isBlank();
    }
}
