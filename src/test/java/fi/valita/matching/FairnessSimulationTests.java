package fi.valita.matching;

import static org.assertj.core.api.Assertions.assertThat;

import fi.valita.assignments.Workload;
import fi.valita.experts.ExpertProfile;
import fi.valita.experts.LivedExperience;
import fi.valita.matching.bench.SyntheticPool;
import fi.valita.requests.WorkRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A year of one pool's requests (40 experts, 600 two-hour requests, one expert each) brokered twice: always
 * to the top-fitting expert (rotation and continuity weighted 0), and with the default weights, whose fair
 * rotation lifts those with fewer recent assignments. Writes the numbers to target/fairness-simulation.md
 * (copied into docs/benchmarks.md).
 */
class FairnessSimulationTests {

    private static final int EXPERTS = 40;
    private static final int REQUESTS = 600;
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 1);

    @Test
    void rotationSpreadsAYearOfWorkMoreEvenlyThanAlwaysTheTopFit() throws IOException {
        var data = new SyntheticPool(2026, 12, 25);
        List<ExpertProfile> experts = data.experts(EXPERTS);
        List<WorkRequest> requests = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            requests.add(data.request(new UUID(6, i), FIRST_DAY.plusDays(i * 365L / REQUESTS)));
        }

        Outcome topFit = simulate(new MatchingWeights(40, 25, 15, 0, 0), experts, requests);
        Outcome rotation = simulate(MatchingWeights.defaults(), experts, requests);

        String report = Outcome.HEADER + topFit.row("Always the top-fitting expert (rotation 0)")
                + rotation.row("Default weights with fair rotation (30)");
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/fairness-simulation.md"), report);

        assertThat(rotation.gini()).isLessThan(topFit.gini());
        assertThat(rotation.max()).isLessThan(topFit.max());
        assertThat(rotation.filled()).isGreaterThanOrEqualTo(topFit.filled());
    }

    private static Outcome simulate(MatchingWeights weights, List<ExpertProfile> experts, List<WorkRequest> requests) {
        var ranking = new CandidateRanking(weights);
        Map<UUID, List<Instant>> work = new HashMap<>();
        experts.forEach(e -> work.put(e.id(), new ArrayList<>()));
        int withArea = 0;
        int withTask = 0;
        int filled = 0;
        for (WorkRequest request : requests) {
            Ranking ranked = ranking.rank(request, experts, facts(request, experts, work));
            if (ranked.candidates().isEmpty()) {
                continue;
            }
            Candidate chosen = ranked.candidates().getFirst();
            work.get(chosen.expertId()).add(request.startsAt());
            filled++;
            ExpertProfile expert = experts.stream().filter(e -> e.id().equals(chosen.expertId())).findFirst().orElseThrow();
            withArea += hasWantedArea(expert, request) ? 1 : 0;
            withTask += expert.taskTypes().contains(request.taskType()) ? 1 : 0;
        }
        LocalDate today = FIRST_DAY;
        int[] counts = experts.stream().filter(e -> !e.isOnBreak(today)).mapToInt(e -> work.get(e.id()).size()).toArray();
        return new Outcome(counts, filled, requests.size(), withArea, withTask);
    }

    private static MatchingFacts facts(WorkRequest request, List<ExpertProfile> experts, Map<UUID, List<Instant>> work) {
        Instant start = request.startsAt();
        LocalDate day = start.atZone(SyntheticPool.HELSINKI).toLocalDate();
        Set<UUID> booked = new HashSet<>();
        Map<UUID, Workload> workloads = new HashMap<>();
        for (ExpertProfile expert : experts) {
            List<Instant> starts = work.get(expert.id());
            if (starts.contains(start)) {
                booked.add(expert.id());
            }
            int recent = (int) starts.stream().filter(s -> s.isAfter(start.minus(90, ChronoUnit.DAYS)) && s.isBefore(start)).count();
            int inMonth = (int) starts.stream().map(s -> s.atZone(SyntheticPool.HELSINKI).toLocalDate())
                    .filter(d -> d.getYear() == day.getYear() && d.getMonth() == day.getMonth()).count();
            int inWeek = (int) starts.stream().map(s -> s.atZone(SyntheticPool.HELSINKI).toLocalDate())
                    .filter(d -> d.get(IsoFields.WEEK_BASED_YEAR) == day.get(IsoFields.WEEK_BASED_YEAR)
                            && d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) == day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))
                    .count();
            workloads.put(expert.id(), new Workload(expert.id(), recent, inMonth, inWeek * 2.0));
        }
        Set<UUID> everyone = experts.stream().map(ExpertProfile::id).collect(Collectors.toSet());
        return new MatchingFacts(FIRST_DAY, everyone, Set.of(request.poolOrganisationId()), booked, workloads,
                PastRatings.none(), code -> Optional.ofNullable(SyntheticPool.PLACES.get(code)), Map.of(),
                Set.of());
    }

    private static boolean hasWantedArea(ExpertProfile expert, WorkRequest request) {
        return expert.experiences().stream()
                .filter(LivedExperience::usableForMatching)
                .anyMatch(e -> request.wantedAreas().contains(e.areaId()));
    }

    record Outcome(int[] counts, int filled, int requests, int withArea, int withTask) {

        static final String HEADER = """
                | policy | filled | experts with work | min | max | std dev | Gini | chosen had a wanted area | chosen wanted the task |
                |---|---|---|---|---|---|---|---|---|
                """;

        int max() {
            return Arrays.stream(counts).max().orElse(0);
        }

        double gini() {
            int[] sorted = counts.clone();
            Arrays.sort(sorted);
            double total = Arrays.stream(sorted).sum();
            double weighted = 0;
            for (int i = 0; i < sorted.length; i++) {
                weighted += (i + 1) * (double) sorted[i];
            }
            return 2 * weighted / (sorted.length * total) - (sorted.length + 1.0) / sorted.length;
        }

        double standardDeviation() {
            double mean = Arrays.stream(counts).average().orElse(0);
            return Math.sqrt(Arrays.stream(counts).mapToDouble(c -> (c - mean) * (c - mean)).average().orElse(0));
        }

        String row(String policy) {
            return String.format(Locale.ROOT, "| %s | %d/%d | %d of %d | %d | %d | %.1f | %.2f | %.0f %% | %.0f %% |%n", policy,
                    filled, requests, Arrays.stream(counts).filter(c -> c > 0).count(), counts.length,
                    Arrays.stream(counts).min().orElse(0), max(), standardDeviation(), gini(),
                    100.0 * withArea / filled, 100.0 * withTask / filled);
        }
    }
}
