package fi.valita.experts;

import java.util.List;

/**
 * What only the expert decides about their own profile: which lived experience may be used to find them work,
 * and what requesters see of them. A coordinator's edit of the profile keeps these as the expert left them,
 * whatever the coordinator's form says, so a tampered form cannot switch on a consent the expert did not give.
 */
final class ExpertsChoices {

    private ExpertsChoices() {}

    /**
     * The coordinator's experiences, each shared for finding work exactly when the expert shares that area now
     * (the expert's form asks once per area); an area the coordinator adds is not shared until the expert says so.
     */
    static List<LivedExperience> keptIn(List<LivedExperience> byCoordinator, ExpertProfile now) {
        return byCoordinator.stream()
                .map(e -> new LivedExperience(e.areaId(), e.relation(), sharedNow(now, e)))
                .toList();
    }

    /** The coordinator's introduction, with the expert's own choices of what requesters see. */
    static PublicPresentation keptIn(PublicPresentation byCoordinator, ExpertProfile now) {
        return new PublicPresentation(byCoordinator.introduction(), now.visibleToRequesters(),
                now.showMunicipalityToRequesters());
    }

    private static boolean sharedNow(ExpertProfile now, LivedExperience experience) {
        return now.experiences().stream()
                .anyMatch(e -> e.areaId().equals(experience.areaId()) && e.usableForMatching());
    }
}
