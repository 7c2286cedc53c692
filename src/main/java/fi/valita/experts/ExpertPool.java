package fi.valita.experts;

import fi.valita.experts.internal.EngagementForms;
import fi.valita.experts.internal.ExperienceAreas;
import fi.valita.experts.internal.ExpertAccessLog;
import fi.valita.experts.internal.Experts;
import fi.valita.experts.internal.FeeWorkPauses;
import fi.valita.identity.CurrentUser;
import fi.valita.identity.Identity;
import fi.valita.identity.Role;
import fi.valita.shared.Language;
import fi.valita.shared.Municipalities;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pool of experts: the experts module's API. Every method takes the user acting, and lets
 * them see and change only what their role and organisation allow; a profile they may not see
 * answers as if it did not exist.
 */
@Service
public class ExpertPool {

    private final Experts experts;
    private final ExpertAccessLog accessLog;
    private final ExperienceAreas areas;
    private final Identity identity;
    private final Municipalities municipalities;
    private final Clock clock;
    private final FeeWorkPauses feeWorkPauses;
    private final EngagementForms engagementForms;
    private final ApplicationEventPublisher events;

    ExpertPool(Experts experts, ExpertAccessLog accessLog, ExperienceAreas areas, Identity identity,
            Municipalities municipalities, Clock clock, FeeWorkPauses feeWorkPauses, EngagementForms engagementForms,
            ApplicationEventPublisher events) {
        this.experts = experts;
        this.events = events;
        this.engagementForms = engagementForms;
        this.feeWorkPauses = feeWorkPauses;
        this.accessLog = accessLog;
        this.areas = areas;
        this.identity = identity;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    /** The whole profile, for the expert themself or a coordinator of their pool (whose look is logged). */
    @Transactional
    public ExpertProfile profile(UUID expertId, CurrentUser viewer) {
        ExpertProfile profile = visibleProfile(expertId, viewer);
        if (!viewer.id().equals(expertId)) {
            accessLog.record(expertId, viewer.id(), ExpertAccessLog.Action.VIEW, Instant.now(clock));
        }
        return profile;
    }

    /** The coordinator's list of their pool, filtered. */
    @Transactional(readOnly = true)
    public List<ExpertSummary> search(ExpertFilter filter, CurrentUser coordinator) {
        requireCoordinator(coordinator);
        LocalDate today = LocalDate.now(clock);
        List<ExpertProfile> pool = experts.ofOrganisations(List.of(coordinator.organisationId()));
        Set<UUID> active = identity.activeAmong(pool.stream().map(ExpertProfile::id).toList());
        return pool.stream()
                .filter(matches(filter, today))
                .map(p -> new ExpertSummary(p.id(), p.displayName(), p.homeMunicipality(), p.languages(), p.taskTypes(),
                        p.isTrained(today), p.isOnBreak(today), active.contains(p.id())))
                .toList();
    }

    /** Public cards of the experts a requester may order from: never lived experience or contact details. */
    @Transactional(readOnly = true)
    public List<PublicCard> cardsFor(CurrentUser requester, Locale locale) {
        LocalDate today = LocalDate.now(clock);
        List<ExpertProfile> pool = experts.ofOrganisations(identity.poolsServing(requester.organisationId()));
        Set<UUID> active = identity.activeAmong(pool.stream().map(ExpertProfile::id).toList());
        return pool.stream()
                .filter(p -> p.visibleToRequesters() && active.contains(p.id()) && !p.isOnBreak(today))
                .map(p -> new PublicCard(p.id(), p.displayName(), p.languages(), p.taskTypes(), p.introduction(),
                        p.showMunicipalityToRequesters() && p.homeMunicipality() != null
                                ? municipalities.byCode(p.homeMunicipality()).map(m -> m.name(locale)).orElse(null)
                                : null,
                        p.worksRemotely(), p.isTrained(today)))
                .sorted(Comparator.comparing(PublicCard::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /**
     * The lived-experience vocabulary of a pool, by the pool's id: requesters choose wanted areas
     * from it (the names are not personal data; which expert has which area is).
     */
    @Transactional(readOnly = true)
    public List<ExperienceArea> areasOfPool(UUID poolOrganisationId) {
        return areas.of(poolOrganisationId);
    }

    /** The lived-experience vocabulary of the pool the user belongs to. */
    @Transactional(readOnly = true)
    public List<ExperienceArea> areasOf(CurrentUser user) {
        return areas.of(user.organisationId());
    }

    @Transactional
    public void changeContact(UUID expertId, int version, ContactDetails contact, CurrentUser editor) {
        visibleProfile(expertId, editor);
        if (contact.homeMunicipality() != null && !municipalities.exists(contact.homeMunicipality())) {
            throw InvalidProfile.unknownMunicipality();
        }
        if (!contact.languages().stream().allMatch(Language::isKnown)) {
            throw InvalidProfile.unknownLanguage();
        }
        saved(experts.updateContact(expertId, version, contact), expertId, editor, ProfileSection.CONTACT);
    }

    @Transactional
    public void changeWork(UUID expertId, int version, WorkPreferences work, CurrentUser editor) {
        visibleProfile(expertId, editor);
        saved(experts.updateWork(expertId, version, work), expertId, editor, ProfileSection.WORK);
    }

    /** The introduction; whether requesters see the expert, and where they live, only the expert decides. */
    @Transactional
    public void changePresentation(UUID expertId, int version, PublicPresentation presentation, CurrentUser editor) {
        ExpertProfile now = visibleProfile(expertId, editor);
        PublicPresentation changed = isTheExpert(editor, expertId) ? presentation : ExpertsChoices.keptIn(presentation, now);
        saved(experts.updatePresentation(expertId, version, changed), expertId, editor, ProfileSection.PRESENTATION);
    }

    @Transactional
    public void changeAvailability(UUID expertId, int version, Availability availability, CurrentUser editor) {
        visibleProfile(expertId, editor);
        if (availability.breakUntil() != null && availability.breakUntil().isBefore(LocalDate.now(clock))) {
            throw InvalidProfile.breakEndsInPast();
        }
        if (availability.hasOverlappingSlots()) {
            throw InvalidProfile.overlappingSlots();
        }
        saved(experts.updateAvailability(expertId, version, availability), expertId, editor,
                ProfileSection.AVAILABILITY);
    }

    /**
     * Only the break: on (until the day, or until further notice with a null day) or off. The rest of the
     * availability stays as it is, and the version guards it as any other change of the profile.
     */
    @Transactional
    public void changeBreak(UUID expertId, int version, boolean onBreak, @Nullable LocalDate until, CurrentUser editor) {
        ExpertProfile p = visibleProfile(expertId, editor);
        changeAvailability(expertId, version, new Availability(p.availability(), onBreak, onBreak ? until : null,
                p.maxAssignmentsPerMonth(), p.maxHoursPerWeek()), editor);
    }

    /**
     * The expert's lived experience. Which of it may be used to find work only the expert decides: a coordinator's
     * change keeps the expert's choice for each area ({@link ExpertsChoices}).
     */
    @Transactional
    public void changeExperiences(UUID expertId, int version, List<LivedExperience> experiences, CurrentUser editor) {
        ExpertProfile profile = visibleProfile(expertId, editor);
        Set<UUID> known = Set.copyOf(areas.of(profile.organisationId()).stream().map(ExperienceArea::id).toList());
        if (!experiences.stream().allMatch(e -> known.contains(e.areaId()))) {
            throw InvalidProfile.unknownArea();
        }
        List<LivedExperience> changed = isTheExpert(editor, expertId) ? experiences
                : ExpertsChoices.keptIn(experiences, profile);
        saved(experts.replaceExperiences(expertId, version, changed), expertId, editor, ProfileSection.EXPERIENCE);
    }

    /**
     * Adds a training entry. The expert's own entry is self-declared; one a coordinator of the pool enters counts
     * as confirmed by them, since they are the one vouching for it.
     */
    @Transactional
    public Training addTraining(UUID expertId, int version, NewTraining training, CurrentUser editor) {
        visibleProfile(expertId, editor);
        var added = training(UUID.randomUUID(), training, editor);
        saved(experts.addTraining(expertId, version, added), expertId, editor, ProfileSection.TRAININGS);
        return added;
    }

    /**
     * Changes a training entry. A change by the expert makes a confirmed entry self-declared again (what was
     * confirmed is no longer what it says); a change by a coordinator of the pool counts as confirmed by them.
     */
    @Transactional
    public void changeTraining(UUID expertId, int version, UUID trainingId, NewTraining training, CurrentUser editor) {
        existingTraining(visibleProfile(expertId, editor), version, trainingId);
        saved(experts.updateTraining(expertId, version, training(trainingId, training, editor)), expertId, editor,
                ProfileSection.TRAININGS);
    }

    /**
     * A coordinator of the expert's pool confirms a training entry as it is in the given version of the profile
     * (so that nobody confirms an entry the expert has changed meanwhile). The expert cannot confirm their own,
     * and a coordinator of another pool does not see the profile at all.
     */
    @Transactional
    public void confirmTraining(UUID expertId, int version, UUID trainingId, CurrentUser coordinator) {
        requireCoordinator(coordinator);
        Training entry = existingTraining(visibleProfile(expertId, coordinator), version, trainingId);
        var confirmed = new Training(entry.id(), entry.kind(), entry.name(), entry.provider(), entry.completedOn(),
                entry.validUntil(), new Training.Confirmation(coordinator.id(), Instant.now(clock)));
        saved(experts.updateTraining(expertId, version, confirmed), expertId, coordinator, ProfileSection.TRAININGS);
    }

    private Training training(UUID id, NewTraining training, CurrentUser editor) {
        if (NewTraining.validBeforeCompleted(training.completedOn(), training.validUntil())) {
            throw InvalidProfile.trainingValidBeforeCompleted();
        }
        return new Training(id, training.kind(), training.name().strip(),
                training.provider() == null || training.provider().isBlank() ? null : training.provider().strip(),
                training.completedOn(), training.validUntil(),
                editor.coordinates() ? new Training.Confirmation(editor.id(), Instant.now(clock)) : null);
    }

    /** The entry, or: removed after the editor's version (changed meanwhile), or never this expert's (not found). */
    private static Training existingTraining(ExpertProfile profile, int version, UUID trainingId) {
        return profile.trainings().stream().filter(t -> t.id().equals(trainingId)).findFirst().orElseThrow(() ->
                profile.version() != version ? new ProfileChangedMeanwhile() : ExpertNotFound.training(trainingId));
    }

    @Transactional
    public void removeTraining(UUID expertId, int version, UUID trainingId, CurrentUser editor) {
        visibleProfile(expertId, editor);
        saved(experts.removeTraining(expertId, version, trainingId), expertId, editor, ProfileSection.TRAININGS);
    }

    /**
     * The expert asks to be offered only volunteer work, nothing fee-based, until the day (null: until
     * they change it back), or with a null pause to be offered fee-based work again. Only the expert
     * themself decides this: to anyone else the profile does not exist.
     */
    @Transactional
    public void changeFeeWorkPause(UUID expertId, @Nullable FeeWorkPause pause, CurrentUser expert) {
        if (!expert.is(Role.EXPERT) || !expert.id().equals(expertId)) {
            throw ExpertNotFound.withId(expertId);
        }
        experts.byId(expertId).orElseThrow(() -> ExpertNotFound.withId(expertId));
        if (pause != null && pause.until() != null && pause.until().isBefore(LocalDate.now(clock))) {
            throw InvalidProfile.pauseEndsInPast();
        }
        feeWorkPauses.changeFeeWorkPause(expertId, pause);
    }

    /**
     * The experts of the coordinator's pool who asked not to be offered fee-based work on the day, so that
     * an offer made by hand respects it as the ranking does.
     */
    @Transactional(readOnly = true)
    public Set<UUID> pausingFeeWorkOn(LocalDate day, CurrentUser coordinator) {
        requireCoordinator(coordinator);
        return feeWorkPauses.pausingFeeWorkOn(coordinator.organisationId(), day);
    }

    /** The engagement forms of those of the experts who are in the coordinator's pool (others are left out). */
    @Transactional(readOnly = true)
    public Map<UUID, Set<EngagementForm>> engagementFormsOf(Collection<UUID> expertIds, CurrentUser coordinator) {
        requireCoordinator(coordinator);
        return engagementForms.of(coordinator.organisationId(), expertIds);
    }

    private ExpertProfile visibleProfile(UUID expertId, CurrentUser user) {
        ExpertProfile profile = experts.byId(expertId).orElseThrow(() -> ExpertNotFound.withId(expertId));
        boolean self = isTheExpert(user, expertId);
        boolean ownPoolCoordinator = user.coordinates() && user.organisationId().equals(profile.organisationId());
        if (!self && !ownPoolCoordinator) {
            throw ExpertNotFound.withId(expertId);
        }
        return profile;
    }

    /** A change by anyone but the expert is logged, and the expert is told of it (which section, by whom, when). */
    private void saved(boolean updated, UUID expertId, CurrentUser editor, ProfileSection section) {
        if (!updated) {
            throw new ProfileChangedMeanwhile();
        }
        if (!editor.id().equals(expertId)) {
            Instant now = Instant.now(clock);
            accessLog.record(expertId, editor.id(), ExpertAccessLog.Action.EDIT, now);
            events.publishEvent(new ProfileChangedByCoordinator(expertId, editor.id(), section, now));
        }
    }

    private static boolean isTheExpert(CurrentUser user, UUID expertId) {
        return user.is(Role.EXPERT) && user.id().equals(expertId);
    }

    private static void requireCoordinator(CurrentUser user) {
        if (!user.coordinates()) {
            throw new org.springframework.security.access.AccessDeniedException("Only coordinators list the pool");
        }
    }

    private static Predicate<ExpertProfile> matches(ExpertFilter f, LocalDate today) {
        return p -> (f.municipality() == null || f.municipality().equals(p.homeMunicipality()))
                && (f.area() == null || p.experiences().stream()
                        .anyMatch(e -> e.usableForMatching() && e.areaId().equals(f.area())))
                && (f.taskType() == null || p.taskTypes().contains(f.taskType()))
                && (f.language() == null || p.languages().contains(f.language()))
                && (f.trained() == null || f.trained() == p.isTrained(today))
                && (f.onBreak() == null || f.onBreak() == p.isOnBreak(today))
                && (f.text() == null || f.text().isBlank()
                        || p.displayName().toLowerCase(Locale.ROOT).contains(f.text().strip().toLowerCase(Locale.ROOT)));
    }

    /**
     * Every profile of the coordinator's pool, for ranking candidates for a request. Not logged per
     * profile: the ranking shows only the reasons for each place, and opening a profile is logged as usual.
     */
    @Transactional(readOnly = true)
    public List<ExpertProfile> profilesForMatching(CurrentUser coordinator) {
        requireCoordinator(coordinator);
        return experts.ofOrganisations(List.of(coordinator.organisationId()));
    }
}
