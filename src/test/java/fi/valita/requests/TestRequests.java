package fi.valita.requests;

import fi.valita.experts.TaskType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Intention-named work requests for tests. */
public final class TestRequests {

    private TestRequests() {}

    /** A two-hour talk to students on site in the given municipality, starting in the given number of days. */
    public static NewWorkRequest talkInDays(UUID pool, UUID requesterOrganisation, String municipality, int days) {
        Instant start = Instant.now().plus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        return new NewWorkRequest(pool, requesterOrganisation, null, "Recovery story for social-work students", null,
                TaskType.STORY_LARGE_AUDIENCE, List.of(), AreasRule.ANY, "Social-work students", 60, "fi", start,
                start.plus(2, ChronoUnit.HOURS), null, null, false, municipality, "Jokiväylä 11", null, 1,
                FeeBasis.ORGANISATION_RATE, null, "Opettaja Testinen", "+358 40 000 0000", null, null);
    }
}
