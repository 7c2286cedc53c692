package fi.valita.api.web;

import fi.valita.fees.FeeLineStatus;
import fi.valita.fees.FeeLines;
import fi.valita.identity.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Fee lines: a coordinator lists their pool's and approves drafts, an expert lists their own. A line
 * of another pool answers 404; a line that is no longer a draft, or one held, 409 with a {@code reason}.
 */
@RestController
@RequestMapping(value = "/api/v1/fee-lines", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Fees", description = "Fee lines from approved work")
class ApiFeeLinesController {

    private final FeeLines feeLines;
    private final Clock clock;

    ApiFeeLinesController(FeeLines feeLines, Clock clock) {
        this.feeLines = feeLines;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Fee lines of work done from–to (ISO dates, both included; default the current month in "
            + "Finland): your pool's (coordinator) or your own (expert); every status unless some are named, "
            + "e.g. status=DRAFT,APPROVED")
    List<FeeLineJson> listFeeLines(@AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) @Nullable List<String> status,
            @RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to) {
        var invalid = new InvalidInput.Collector();
        Set<FeeLineStatus> statuses = statuses(status, invalid);
        LocalDate today = LocalDate.now(clock.withZone(ApiTimes.HELSINKI));
        LocalDate first = day(from, "from", invalid, today.withDayOfMonth(1));
        LocalDate last = day(to, "to", invalid, today.withDayOfMonth(today.lengthOfMonth()));
        if (last.isBefore(first)) {
            invalid.reject("to", "The last day must not be before the first day (from).");
        }
        invalid.throwIfAny();
        return feeLines.visibleTo(user, statuses, first, last).stream().map(FeeLineJson::of).toList();
    }

    @PostMapping("/{id}/approval")
    @Operation(summary = "The pool's coordinator approves a draft line for payment (409 with reason "
            + "agreement_not_accepted while the expert has not accepted the work's assignment agreement)")
    FeeLineJson approve(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        return FeeLineJson.of(feeLines.approve(OpaqueIds.inPath(id, "fee line"), user));
    }

    private static Set<FeeLineStatus> statuses(@Nullable List<String> given, InvalidInput.Collector invalid) {
        Set<FeeLineStatus> statuses = EnumSet.noneOf(FeeLineStatus.class);
        if (given == null) {
            return statuses;
        }
        for (String value : given.stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::strip)
                .filter(v -> !v.isEmpty()).toList()) {
            Arrays.stream(FeeLineStatus.values()).filter(s -> s.name().equals(value.toUpperCase(Locale.ROOT)))
                    .findFirst().ifPresentOrElse(statuses::add, () -> invalid.reject("status",
                            "Unknown status " + value + ": one of " + Arrays.toString(FeeLineStatus.values()) + "."));
        }
        return statuses;
    }

    private static LocalDate day(@Nullable String text, String field, InvalidInput.Collector invalid,
            LocalDate fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            invalid.reject(field, "Write the day as an ISO date, e.g. 2026-06-30.");
            return fallback;
        }
    }
}
