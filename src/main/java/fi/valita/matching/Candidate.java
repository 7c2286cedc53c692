package fi.valita.matching;

import java.util.List;
import java.util.UUID;

/** An expert proposed for a request, with the score that gives their place and the reasons for it. */
public record Candidate(UUID expertId, String displayName, double score, List<Reason> reasons) {

    public Candidate {
        reasons = List.copyOf(reasons);
    }
}
