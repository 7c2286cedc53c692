package fi.valita.requests;

import fi.valita.experts.ExpertPool;
import fi.valita.experts.ExperienceArea;
import fi.valita.identity.CurrentUser;
import fi.valita.identity.Identity;
import fi.valita.identity.OrganisationUnit;
import fi.valita.identity.Role;
import fi.valita.requests.internal.Requests;
import fi.valita.shared.Language;
import fi.valita.shared.Municipalities;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Work requests: the requests module's API. A requester sees their organisation's requests; a
 * coordinator sees those sent to their pool. Anything else answers as if it did not exist.
 */
@Service
public class WorkRequests {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final Set<RequestStatus> OPEN = EnumSet.of(RequestStatus.NEW, RequestStatus.MATCHING, RequestStatus.OFFERED);

    private final Requests requests;
    private final Identity identity;
    private final ExpertPool pool;
    private final Municipalities municipalities;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WorkRequests(Requests requests, Identity identity, ExpertPool pool, Municipalities municipalities,
            ApplicationEventPublisher events, Clock clock) {
        this.requests = requests;
        this.identity = identity;
        this.pool = pool;
        this.municipalities = municipalities;
        this.events = events;
        this.clock = clock;
    }

    /** Creates a request from a requester of a served organisation, or a coordinator on their behalf. */
    @Transactional
    public WorkRequest create(NewWorkRequest r, CurrentUser author) {
        checkAuthor(r, author);
        checkContent(r);
        Instant now = Instant.now(clock);
        var request = new WorkRequest(UUID.randomUUID(), r.poolOrganisationId(), r.requesterOrganisationId(),
                r.requesterUnitId(), author.id(), r.title().strip(), blankToNull(r.description()), r.taskType(),
                List.copyOf(r.wantedAreas()), r.areasRule(), blankToNull(r.targetGroup()), r.audienceSize(), r.language(),
                r.startsAt(), r.endsAt(), r.windowFrom(), r.windowTo(), r.remote(),
                r.remote() ? blankToNull(r.municipalityCode()) : r.municipalityCode(), blankToNull(r.address()),
                blankToNull(r.remoteLink()), r.expertsNeeded(), r.feeBasis(),
                r.feeBasis() == FeeBasis.AGREED_SUM ? r.agreedFeeCents() : null, r.contactName().strip(),
                blankToNull(r.contactPhone()), blankToNull(r.contactEmail()), blankToNull(r.notes()),
                RequestStatus.NEW, null, 0, now);
        requests.add(request);
        events.publishEvent(new WorkRequestCreated(request.id(), request.poolOrganisationId(),
                request.requesterOrganisationId()));
        return request;
    }

    /** The pools the user's organisation may order from (its own first, if it runs one). */
    @Transactional(readOnly = true)
    public List<UUID> poolsFor(CurrentUser requester) {
        return identity.poolsServing(requester.organisationId());
    }

    /** One request, for its requester organisation or the coordinators of its pool. */
    @Transactional(readOnly = true)
    public WorkRequest get(UUID id, CurrentUser viewer) {
        var request = requests.byId(id).orElseThrow(() -> RequestNotFound.withId(id));
        if (!maySee(request, viewer)) {
            throw RequestNotFound.withId(id);
        }
        return request;
    }

    /** The requests of the requester's organisation, newest first. */
    @Transactional(readOnly = true)
    public List<WorkRequest> ofMyOrganisation(CurrentUser requester) {
        return requests.ofRequesterOrganisation(requester.organisationId());
    }

    /** The coordinator's inbox: most urgent first (earliest start), then oldest. */
    @Transactional(readOnly = true)
    public List<WorkRequest> inbox(InboxFilter filter, CurrentUser coordinator) {
        requireCoordinator(coordinator);
        Set<RequestStatus> statuses = filter.statuses().isEmpty() ? OPEN : filter.statuses();
        String text = filter.text() == null ? "" : filter.text().strip().toLowerCase(Locale.ROOT);
        return requests.ofPool(coordinator.organisationId(), statuses).stream()
                .filter(r -> filter.taskType() == null || r.taskType() == filter.taskType())
                .filter(r -> filter.requesterOrganisationId() == null
                        || r.requesterOrganisationId().equals(filter.requesterOrganisationId()))
                .filter(r -> text.isEmpty() || r.title().toLowerCase(Locale.ROOT).contains(text))
                .sorted(Comparator.comparing((WorkRequest r) -> r.urgencyKey(HELSINKI))
                        .thenComparing(WorkRequest::createdAt)
                        .thenComparing(WorkRequest::id))
                .toList();
    }

    /** The requester or the pool's coordinator calls the request off, with a reason. */
    @Transactional
    public void cancel(UUID id, String reason, CurrentUser user) {
        var request = get(id, user);
        if (!requests.changeStatus(id, OPEN_OR_FILLED, RequestStatus.CANCELLED, reason.strip(), Instant.now(clock))) {
            throw RequestRefused.notOpen();
        }
        events.publishEvent(new WorkRequestCancelled(id, request.poolOrganisationId(), reason.strip()));
    }

    private static final Set<RequestStatus> OPEN_OR_FILLED =
            EnumSet.of(RequestStatus.NEW, RequestStatus.MATCHING, RequestStatus.OFFERED, RequestStatus.FILLED);

    /** The coordinator found nobody: the request closes as unfilled and its open offers close. */
    @Transactional
    public void markUnfilled(UUID id, CurrentUser coordinator) {
        var request = get(id, coordinator);
        requireCoordinator(coordinator);
        if (!requests.changeStatus(id, OPEN, RequestStatus.UNFILLED, null, Instant.now(clock))) {
            throw RequestRefused.notOpen();
        }
        events.publishEvent(new WorkRequestUnfilled(id, request.poolOrganisationId(), request.createdBy()));
    }

    /** The coordinator has started looking for experts. */
    @Transactional
    public void startMatching(UUID id, CurrentUser coordinator) {
        get(id, coordinator);
        requireCoordinator(coordinator);
        requests.changeStatus(id, EnumSet.of(RequestStatus.NEW), RequestStatus.MATCHING, null, Instant.now(clock));
    }

    /** Status moves made by the assignments module as offers and assignments change (no user check). */
    @Transactional
    public boolean moveStatus(UUID id, Set<RequestStatus> from, RequestStatus to) {
        return requests.changeStatus(id, from, to, null, Instant.now(clock));
    }

    /** A request as the assignments and matching modules need it, without a user check. */
    @Transactional(readOnly = true)
    public WorkRequest byIdForProcessing(UUID id) {
        return requests.byId(id).orElseThrow(() -> RequestNotFound.withId(id));
    }

    private boolean maySee(WorkRequest request, CurrentUser viewer) {
        if (viewer.coordinates()) {
            return request.poolOrganisationId().equals(viewer.organisationId());
        }
        return viewer.is(Role.REQUESTER) && request.requesterOrganisationId().equals(viewer.organisationId());
    }

    private void checkAuthor(NewWorkRequest r, CurrentUser author) {
        boolean requesterOfOwnOrganisation = author.is(Role.REQUESTER)
                && r.requesterOrganisationId().equals(author.organisationId());
        boolean coordinatorOfThePool = author.coordinates() && r.poolOrganisationId().equals(author.organisationId());
        if (!requesterOfOwnOrganisation && !coordinatorOfThePool) {
            throw RequestRefused.poolDoesNotServe();
        }
        if (!identity.poolsServing(r.requesterOrganisationId()).contains(r.poolOrganisationId())) {
            throw RequestRefused.poolDoesNotServe();
        }
        checkUnit(r);
    }

    /**
     * The work is for a unit of the requester organisation when it has units (so that work can be counted per
     * unit), and for none when it has none; a unit of another organisation is refused.
     */
    private void checkUnit(NewWorkRequest r) {
        List<OrganisationUnit> units = identity.unitsOf(r.requesterOrganisationId());
        if (r.requesterUnitId() == null) {
            if (!units.isEmpty()) {
                throw RequestRefused.unitMissing();
            }
        } else if (units.stream().noneMatch(u -> u.id().equals(r.requesterUnitId()))) {
            throw RequestRefused.unitNotInOrganisation();
        }
    }

    private void checkContent(NewWorkRequest r) {
        if (!Language.isKnown(r.language())) {
            throw RequestRefused.unknownLanguage();
        }
        if (r.startsAt() != null || r.endsAt() != null) {
            if (r.startsAt() == null || r.endsAt() == null) {
                throw RequestRefused.timeMissing();
            }
            refuseIfBroken(RequestRules.fixedTime(r.startsAt(), r.endsAt(), Instant.now(clock)));
        } else {
            if (r.windowFrom() == null || r.windowTo() == null) {
                throw RequestRefused.timeMissing();
            }
            refuseIfBroken(RequestRules.windowOfDays(r.windowFrom(), r.windowTo(), LocalDate.now(clock)));
        }
        refuseIfBroken(RequestRules.place(r.remote(), r.municipalityCode()));
        if (r.municipalityCode() != null && !r.municipalityCode().isBlank() && !municipalities.exists(r.municipalityCode())) {
            throw RequestRefused.unknownMunicipality();
        }
        refuseIfBroken(RequestRules.agreedSum(r.feeBasis(), r.agreedFeeCents()));
        Set<UUID> known = pool.areasOfPool(r.poolOrganisationId()).stream()
                .filter(ExperienceArea::active)
                .map(ExperienceArea::id)
                .collect(Collectors.toSet());
        if (!known.containsAll(r.wantedAreas())) {
            throw RequestRefused.unknownArea();
        }
    }

    private static void refuseIfBroken(Optional<RequestRefused> broken) {
        if (broken.isPresent()) {
            throw broken.get();
        }
    }

    private static void requireCoordinator(CurrentUser user) {
        if (!user.coordinates()) {
            throw new org.springframework.security.access.AccessDeniedException("Only coordinators work the inbox");
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
