package fi.valita.matching;

/**
 * How much each part of the fit counts when experts are ranked, 0–100 each: a pool organisation's
 * setting. Zero turns a part off.
 *
 * @param areaFit the expert has the wanted lived-experience areas (only those they let be used for matching)
 * @param taskFit the expert wants to do this kind of task
 * @param distance the expert lives near the place (on-site work only)
 * @param rotation the expert has had fewer assignments lately, so work does not pile on the same few
 * @param continuity the same requester rated the expert well last time (never lowers anyone)
 */
public record MatchingWeights(int areaFit, int taskFit, int distance, int rotation, int continuity) {

    public static final int MAX = 100;

    public MatchingWeights {
        for (int weight : new int[] {areaFit, taskFit, distance, rotation, continuity}) {
            if (weight < 0 || weight > MAX) {
                throw new IllegalArgumentException("A weight is between 0 and " + MAX + ", not " + weight);
            }
        }
    }

    /** The weights of a pool that has not changed them. */
    public static MatchingWeights defaults() {
        return new MatchingWeights(40, 25, 15, 30, 10);
    }
}
