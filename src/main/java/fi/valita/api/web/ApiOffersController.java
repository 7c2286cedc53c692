package fi.valita.api.web;

import fi.valita.assignments.Assignment;
import fi.valita.assignments.Assignments;
import fi.valita.assignments.Brokering;
import fi.valita.assignments.OfferStatus;
import fi.valita.identity.CurrentUser;
import fi.valita.platform.ProblemField;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The expert's side of brokering: their own offers, taken or turned down. Another expert's offer answers 404. */
@RestController
@RequestMapping(value = "/api/v1/offers", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Offers", description = "An expert's own offers")
class ApiOffersController {

    private final Brokering brokering;
    private final Assignments assignments;

    ApiOffersController(Brokering brokering, Assignments assignments) {
        this.brokering = brokering;
        this.assignments = assignments;
    }

    @Schema(name = "Decline")
    record DeclineJson(@Nullable @Size(max = 500) String reason) {}

    @GetMapping
    @Operation(summary = "Your offers waiting for an answer, newest first",
            description = "Only status=OPEN (the default) can be listed so far.")
    List<OfferJson> listOffers(
            @AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "OPEN") OfferStatus status) {
        if (status != OfferStatus.OPEN) {
            throw new InvalidInput(List.of(new ProblemField("status", "Only OPEN offers can be listed.")));
        }
        return brokering.openOffersOf(user).stream().map(OfferJson::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One of your offers, whatever its status")
    OfferJson getOffer(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        return OfferJson.of(brokering.offer(OpaqueIds.inPath(id, "offer"), user));
    }

    @PostMapping("/{id}/accept")
    @Operation(summary = "Take the work: answers with the assignment",
            description = "409 with reason filled, expired, clashes or closed when the offer cannot be taken. The "
                    + "assignment agreement of fee-based work is not accepted here: the expert accepts it in Välitä "
                    + "(on the offer or the assignment page) before reporting the work.")
    AssignmentJson acceptOffer(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        Assignment assignment = brokering.accept(OpaqueIds.inPath(id, "offer"), user);
        return AssignmentJson.of(assignments.get(assignment.id(), user));
    }

    @PostMapping("/{id}/decline")
    @Operation(summary = "Turn the work down, with a reason only the pool's coordinators see")
    OfferJson declineOffer(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
            @Valid @RequestBody(required = false) @Nullable DeclineJson body) {
        UUID offerId = OpaqueIds.inPath(id, "offer");
        brokering.decline(offerId, body == null ? null : body.reason(), user);
        return OfferJson.of(brokering.offer(offerId, user));
    }
}
