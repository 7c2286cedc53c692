package fi.valita.api.web;

import fi.valita.identity.CurrentUser;
import fi.valita.identity.Identity;
import fi.valita.requests.InboxFilter;
import fi.valita.requests.RequestStatus;
import fi.valita.requests.WorkRequest;
import fi.valita.requests.WorkRequests;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Work requests: requesters make and follow their organisation's, coordinators their pool's. A
 * request of any other organisation answers 404, as on the pages.
 */
@RestController
@RequestMapping(value = "/api/v1/requests", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Requests", description = "Work requests of requesters to a pool")
class ApiRequestsController {

    private final WorkRequests requests;
    private final Identity identity;

    ApiRequestsController(WorkRequests requests, Identity identity) {
        this.requests = requests;
        this.identity = identity;
    }

    @PostMapping
    @Operation(summary = "Ask a pool for experts (requester), or enter a request for a client (coordinator)")
    @ApiResponse(responseCode = "201", description = "Created; Location names the new request")
    ResponseEntity<RequestJson> createRequest(
            @AuthenticationPrincipal CurrentUser user, @Valid @RequestBody NewRequestJson body) {
        UUID requesterOrganisation = body.requesterOrganisationId() == null
                ? user.organisationId()
                : OpaqueIds.read(body.requesterOrganisationId()).orElseThrow(
                        () -> new CallRefused("requesterOrganisationId", "No such organisation served by the pool."));
        UUID pool = poolFor(user, body.poolOrganisationId());
        WorkRequest created = requests.create(body.toNewWorkRequest(pool, requesterOrganisation), user);
        return ResponseEntity.created(URI.create("/api/v1/requests/" + created.id())).body(RequestJson.of(created));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One request of your organisation (requester) or of your pool (coordinator)")
    RequestJson getRequest(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        return RequestJson.of(requests.get(OpaqueIds.inPath(id, "request"), user));
    }

    @GetMapping
    @Operation(summary = "Your organisation's requests, newest first (requester), or your pool's, most urgent first "
            + "(coordinator); all statuses unless some are named")
    List<RequestJson> listRequests(
            @AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) @Nullable Set<RequestStatus> status) {
        Set<RequestStatus> wanted = status == null || status.isEmpty() ? EnumSet.allOf(RequestStatus.class) : status;
        List<WorkRequest> found = user.coordinates()
                ? requests.inbox(new InboxFilter(wanted, null, null, null), user)
                : requests.ofMyOrganisation(user).stream().filter(r -> wanted.contains(r.status())).toList();
        return found.stream().map(RequestJson::of).toList();
    }

    /** The pool named, or the one pool that serves the requester; a coordinator's own pool. */
    private UUID poolFor(CurrentUser user, @Nullable String named) {
        if (named != null) {
            return OpaqueIds.read(named).orElseThrow(
                    () -> new CallRefused("poolOrganisationId", "This pool does not take requests from this organisation."));
        }
        if (user.coordinates()) {
            return user.organisationId();
        }
        List<UUID> serving = identity.poolsServing(user.organisationId());
        if (serving.size() != 1) {
            throw new CallRefused("poolOrganisationId", serving.isEmpty()
                    ? "No pool takes requests from your organisation."
                    : "Several pools serve your organisation: name one in poolOrganisationId.");
        }
        return serving.getFirst();
    }
}
