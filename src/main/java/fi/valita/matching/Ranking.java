package fi.valita.matching;

import fi.valita.requests.WorkRequest;
import java.util.List;

/**
 * The experts of a pool for one request: the proposed candidates best first (ties by expert id), and
 * the others with why they were left out.
 */
public record Ranking(WorkRequest request, List<Candidate> candidates, List<NotProposed> notProposed) {

    public Ranking {
        candidates = List.copyOf(candidates);
        notProposed = List.copyOf(notProposed);
    }
}
