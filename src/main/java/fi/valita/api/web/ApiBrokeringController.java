package fi.valita.api.web;

import fi.valita.assignments.Brokering;
import fi.valita.assignments.Offer;
import fi.valita.assignments.OfferStatus;
import fi.valita.experts.ExperienceArea;
import fi.valita.experts.ExpertPool;
import fi.valita.identity.CurrentUser;
import fi.valita.matching.Candidate;
import fi.valita.matching.Matching;
import fi.valita.matching.Reason;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
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
    private final MessageSource messages;

    ApiBrokeringController(Matching matching, Brokering brokering, ExpertPool pool, MessageSource messages) {
        this.matching = matching;
        this.brokering = brokering;
        this.pool = pool;
        this.messages = messages;
    }

    /** @param code the message code of the reason, stable for programs; {@code text} says it in English */
    @Schema(name = "Reason")
    record ReasonJson(String code, String text) {}

    @Schema(name = "Candidate")
    record CandidateJson(String expertId, String displayName, double score, List<ReasonJson> reasons) {}

    @Schema(name = "NewOffers")
    record NewOffersJson(@NotNull @Size(max = 100) List<String> expertIds, @NotNull OffsetDateTime respondBy) {}

    @Schema(name = "SentOffer")
    record SentOfferJson(String id, String expertId, OfferStatus status, OffsetDateTime respondBy) {}

    @GetMapping("/candidates")
    @Operation(summary = "The pool's experts ranked for the request, best first, with reasons")
    List<CandidateJson> listCandidates(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        var ranking = matching.candidates(OpaqueIds.inPath(id, "request"), user);
        Map<UUID, ExperienceArea> areas = pool.areasOf(user).stream()
                .collect(Collectors.toMap(ExperienceArea::id, Function.identity()));
        return ranking.candidates().stream().map(c -> json(c, areas)).toList();
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
        errors.throwIfAny();
        List<Offer> sent = brokering.sendOffers(OpaqueIds.inPath(id, "request"), experts,
                body.respondBy().toInstant(), user);
        return sent.stream()
                .map(o -> new SentOfferJson(OpaqueIds.of(o.id()), OpaqueIds.of(o.expertId()), o.status(),
                        ApiTimes.at(o.respondBy())))
                .toList();
    }

    private CandidateJson json(Candidate c, Map<UUID, ExperienceArea> areas) {
        return new CandidateJson(OpaqueIds.of(c.expertId()), c.displayName(), c.score(),
                c.reasons().stream().map(r -> new ReasonJson(r.code(), text(r, areas))).toList());
    }

    private String text(Reason reason, Map<UUID, ExperienceArea> areas) {
        Object[] args = reason.args().stream().map(arg -> argument(arg, areas)).toArray();
        return messages.getMessage(reason.code(), args, Locale.ENGLISH);
    }

    private @Nullable Object argument(Object arg, Map<UUID, ExperienceArea> areas) {
        return switch (arg) {
            case Reason.Term term -> messages.getMessage(term.code(), null, term.code(), Locale.ENGLISH);
            case Reason.Area area -> areas.containsKey(area.id()) ? areas.get(area.id()).name(Locale.ENGLISH) : "–";
            default -> arg;
        };
    }
}
