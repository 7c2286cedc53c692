package fi.valita.matching.web;

import java.util.List;
import java.util.UUID;

/** The candidates page as it is shown: everything already in words. */
record CandidatesView(RequestSummary request, List<Row> candidates, List<Row> notProposed, String respondBy) {

    /** One expert: their name, a rounded score (none when not proposed), and the reasons in words. */
    record Row(UUID expertId, String displayName, long score, List<String> reasons, boolean pickable) {}

    /** The request in a few lines. */
    record RequestSummary(UUID id, String title, String taskType, String when, String where, String language,
            List<String> wantedAreas, String areasRule, int expertsNeeded) {}
}
