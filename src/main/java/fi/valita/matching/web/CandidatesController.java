package fi.valita.matching.web;

import fi.valita.experts.EngagementForm;
import fi.valita.experts.ExperienceArea;
import fi.valita.experts.ExpertPool;
import fi.valita.identity.CurrentUser;
import fi.valita.matching.Matching;
import fi.valita.matching.Ranking;
import fi.valita.requests.WorkRequest;
import fi.valita.shared.Dates;
import fi.valita.shared.Municipalities;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A coordinator sees the experts ranked for a request, with the reasons, ticks whom to offer the work
 * to and sends the offers (handled by the assignments module).
 */
@Controller
class CandidatesController {

    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final Matching matching;
    private final ExpertPool pool;
    private final Municipalities municipalities;
    private final ReasonTexts texts;
    private final Clock clock;

    CandidatesController(Matching matching, ExpertPool pool, Municipalities municipalities, ReasonTexts texts, Clock clock) {
        this.matching = matching;
        this.pool = pool;
        this.municipalities = municipalities;
        this.texts = texts;
        this.clock = clock;
    }

    @GetMapping("/coordinator/requests/{id}/candidates")
    String show(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        Ranking ranking = matching.candidates(id, user);
        Map<UUID, ExperienceArea> areas = pool.areasOf(user).stream()
                .collect(Collectors.toMap(ExperienceArea::id, Function.identity()));
        var candidates = ranking.candidates().stream()
                .map(c -> new CandidatesView.Row(c.expertId(), c.displayName(), Math.round(c.score()),
                        texts.texts(c.reasons(), areas, locale), true, forms(c.forms(), locale)))
                .toList();
        var notProposed = ranking.notProposed().stream()
                .map(n -> new CandidatesView.Row(n.expertId(), n.displayName(), 0, texts.texts(n.why(), areas, locale),
                        n.pickableByHand(), forms(n.forms(), locale)))
                .toList();
        model.addAttribute("view", new CandidatesView(summary(ranking.request(), areas, locale), candidates, notProposed,
                respondBy(ranking.request())));
        return "matching/candidates";
    }

    private List<CandidatesView.Form> forms(List<EngagementForm> forms, Locale locale) {
        return forms.stream()
                .map(f -> new CandidatesView.Form(f.name(), texts.message("experts.engagement." + f.name(), locale)))
                .toList();
    }

    private CandidatesView.RequestSummary summary(WorkRequest r, Map<UUID, ExperienceArea> areas, Locale locale) {
        return new CandidatesView.RequestSummary(r.id(), r.title(),
                texts.message("experts.task." + r.taskType().name(), locale),
                when(r, locale),
                r.remote() || r.municipalityCode() == null
                        ? texts.message("matching.request.remote", locale)
                        : municipalities.byCode(r.municipalityCode()).map(m -> m.name(locale)).orElse(r.municipalityCode()),
                texts.message("experts.language." + r.language(), locale),
                r.wantedAreas().stream().filter(areas::containsKey).map(a -> areas.get(a).name(locale)).toList(),
                texts.message("matching.request.areas-rule." + r.areasRule().name(), locale),
                r.expertsNeeded());
    }

    private String when(WorkRequest r, Locale locale) {
        if (r.hasFixedTime()) {
            return Dates.span(Objects.requireNonNull(r.startsAt()), Objects.requireNonNull(r.endsAt()), locale);
        }
        return texts.message("matching.request.window", locale, Dates.date(Objects.requireNonNull(r.windowFrom()), locale),
                Dates.date(Objects.requireNonNull(r.windowTo()), locale));
    }

    /** A suggestion the coordinator can change: two days from now, but an hour before the work starts at the latest. */
    private String respondBy(WorkRequest r) {
        Instant now = Instant.now(clock);
        Instant suggested = now.plus(2, ChronoUnit.DAYS);
        Instant starts = r.startsAt() != null ? r.startsAt()
                : Objects.requireNonNull(r.windowFrom()).atStartOfDay(Dates.HELSINKI).toInstant();
        Instant latest = starts.minus(1, ChronoUnit.HOURS);
        if (latest.isBefore(suggested) && latest.isAfter(now)) {
            suggested = latest;
        }
        return suggested.atZone(Dates.HELSINKI).truncatedTo(ChronoUnit.MINUTES).format(INPUT);
    }
}
