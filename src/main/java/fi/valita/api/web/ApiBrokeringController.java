package fi.valita.api.web;

import fi.valita.assignments.Brokering;
import fi.valita.assignments.Offer;
import fi.valita.assignments.OfferStatus;
import fi.valita.experts.ExperienceArea;
import fi.valita.experts.EngagementForm;
import fi.valita.experts.ExpertPool;
import fi.valita.identity.CurrentUser;
import fi.valita.api.web.ReasonWords.ReasonJson;
import fi.valita.matching.Matching;
import fi.valita.matching.Ranking;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The coordinator's side of brokering: the ranked candidates for a request, and offers to experts. */
@RestController
@RequestMapping(value = "/api/v1/requests/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Brokering", description = "Candidates and offers, for the pool's coordinators")
class ApiBrokeringController {

    private final Matching matching;
    private final Brokering brokering;
    private final ExpertPool pool;
    private final ReasonWords words;

    ApiBrokeringController(Matching matching, Brokering brokering, ExpertPool pool, ReasonWords words) {
        this.matching = matching;
        this.brokering = brokering;
        this.pool = pool;
        this.words = words;
    }

    @Schema(name = "Candidate", description = "An expert proposed for the request, with the reasons for their place")
    record CandidateJson(String expertId, String displayName, double score, List<ReasonJson> reasons,
            @Schema(description = FORMS) List<EngagementForm> engagementForms) {}

    private static final String FORMS = "The expert's engagement forms the work can be done under (those that fit "
            + "the request's fee basis), the one an offer uses unless another is chosen first; empty when none fits";

    @Schema(name = "NotProposed", description = "An expert of the pool left out of the ranking, with why")
    record NotProposedJson(String expertId, String displayName,
            @Schema(description = "Nothing firm (a break, a booking, a limit, a closed account) stands in the way: the "
                    + "coordinator may still offer the work to them, e.g. when the language can be agreed")
            boolean pickableByHand,
            List<ReasonJson> reasons,
            @Schema(description = FORMS) List<EngagementForm> engagementForms) {}

    @Schema(name = "Candidates", description = "The pool's experts for a request: proposed best first, then the others")
    record CandidatesJson(List<CandidateJson> proposed, List<NotProposedJson> notProposed) {}

    @Schema(name = "NewOffers")
    record NewOffersJson(@NotNull @Size(max = 100) List<String> expertIds, @NotNull OffsetDateTime respondBy,
            @Schema(description = "Optional: the engagement form the work is done under, by expert id, for experts "
                    + "with several forms that fit (see the candidates' engagementForms). An expert left out gets the "
                    + "first that fits; a form that is not theirs or does not fit the work is a 422 problem")
            @Nullable Map<String, EngagementForm> engagementForms) {}

    @Schema(name = "SentOffer")
    record SentOfferJson(String id, String expertId, OfferStatus status, OffsetDateTime respondBy,
            @Schema(description = "The engagement form the work is done under; it decides what is paid")
            EngagementForm engagementForm) {}

    @GetMapping("/candidates")
    @Operation(summary = "The pool's experts ranked for the request, best first, with reasons; and those not "
            + "proposed, with why", description = "As the candidates page shows them. Reasons have a stable code and "
            + "a text in the language of Accept-Language.")
    CandidatesJson listCandidates(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
            @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.ACCEPT_LANGUAGE,
                    description = ApiLanguage.HEADER_DESCRIPTION)
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String language) {
        Ranking ranking = matching.candidates(OpaqueIds.inPath(id, "request"), user);
        Map<UUID, ExperienceArea> areas = pool.areasOf(user).stream()
                .collect(Collectors.toMap(ExperienceArea::id, Function.identity()));
        Locale locale = ApiLanguage.of(language);
        return new CandidatesJson(
                ranking.candidates().stream().map(c -> new CandidateJson(OpaqueIds.of(c.expertId()), c.displayName(),
                        c.score(), words.of(c.reasons(), areas, locale), c.forms())).toList(),
                ranking.notProposed().stream().map(n -> new NotProposedJson(OpaqueIds.of(n.expertId()), n.displayName(),
                        n.pickableByHand(), words.of(n.why(), areas, locale), n.forms())).toList());
    }

    @PostMapping("/offers")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Offer the request to experts of the pool, to answer by respondBy",
            description = "Experts offered this request before are skipped: the answer lists the new offers only.")
    List<SentOfferJson> sendOffers(
            @AuthenticationPrincipal CurrentUser user, @PathVariable String id, @Valid @RequestBody NewOffersJson body) {
        var errors = new InvalidInput.Collector();
        List<UUID> experts = new ArrayList<>();
        for (int i = 0; i < body.expertIds().size(); i++) {
            int index = i;
            OpaqueIds.read(body.expertIds().get(i)).ifPresentOrElse(experts::add,
                    () -> errors.reject("expertIds[" + index + "]", "Not an expert of the pool."));
        }
        Map<UUID, EngagementForm> forms = new HashMap<>();
        if (body.engagementForms() != null) {
            body.engagementForms().forEach((expert, form) -> OpaqueIds.read(expert)
                    .filter(experts::contains)
                    .ifPresentOrElse(e -> forms.put(e, form), () -> errors.reject("engagementForms[" + expert + "]",
                            "Not one of the experts in expertIds.")));
        }
        errors.throwIfAny();
        List<Offer> sent = brokering.sendOffers(OpaqueIds.inPath(id, "request"), experts, forms,
                body.respondBy().toInstant(), user);
        return sent.stream()
                .map(o -> new SentOfferJson(OpaqueIds.of(o.id()), OpaqueIds.of(o.expertId()), o.status(),
                        ApiTimes.at(o.respondBy()), o.engagementForm()))
                .toList();
    }
}
