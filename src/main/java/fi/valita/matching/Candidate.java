package fi.valita.matching;

import fi.valita.experts.EngagementForm;
import java.util.List;
import java.util.UUID;

/**
 * An expert proposed for a request, with the score that gives their place and the reasons for it.
 *
 * @param forms the expert's engagement forms the work can be done under, the usual choice first
 */
public record Candidate(UUID expertId, String displayName, double score, List<Reason> reasons,
        List<EngagementForm> forms) {

    public Candidate {
        reasons = List.copyOf(reasons);
        forms = List.copyOf(forms);
    }
}
