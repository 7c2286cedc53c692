package fi.valita.matching.web;

import java.util.List;
import java.util.UUID;

/** The candidates page as it is shown: everything already in words. */
record CandidatesView(RequestSummary request, List<Row> candidates, List<Row> notProposed, String respondBy) {

    /**
     * One expert: their name, a rounded score (none when not proposed), the reasons in words, and the engagement
     * forms the work could be done under (the usual one first; a choice is shown when there are several).
     */
    record Row(UUID expertId, String displayName, long score, List<String> reasons, boolean pickable,
            List<Form> forms) {}

    /** An engagement form: its code and its name. */
    record Form(String code, String name) {}

    /** The request in a few lines. */
    record RequestSummary(UUID id, String title, String taskType, String when, String where, String language,
            List<String> wantedAreas, String areasRule, int expertsNeeded) {}
}
