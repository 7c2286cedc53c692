package fi.valita.assignments.web;

import fi.valita.assignments.AssignmentDetails;
import fi.valita.assignments.WorkStage;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The viewer's agreed work on the lists the pages show: work to report (oldest first), work coming up
 * (nearest first), work done and work called off (latest first). Done work is never "coming up", even
 * when its planned end is still ahead.
 */
record AgreedWork(List<AssignmentCard> toReport, List<AssignmentCard> upcoming, List<AssignmentCard> done,
        List<AssignmentCard> cancelled) {

    private static final Comparator<AssignmentDetails> SOONEST = Comparator.comparing(AssignmentDetails::workStarts);

    static AgreedWork of(List<AssignmentDetails> all, Instant now,
            BiFunction<AssignmentDetails, Instant, AssignmentCard> card) {
        return new AgreedWork(
                cards(all, WorkStage.TO_REPORT, SOONEST, now, card),
                cards(all, WorkStage.UPCOMING, SOONEST, now, card),
                cards(all, WorkStage.DONE, SOONEST.reversed(), now, card),
                cards(all, WorkStage.CANCELLED, SOONEST.reversed(), now, card));
    }

    private static List<AssignmentCard> cards(List<AssignmentDetails> all, WorkStage stage,
            Comparator<AssignmentDetails> order, Instant now, BiFunction<AssignmentDetails, Instant, AssignmentCard> card) {
        return all.stream().filter(d -> d.stage(now) == stage).sorted(order).map(d -> card.apply(d, now)).toList();
    }
}
