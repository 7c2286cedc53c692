package fi.valita.matching.bench;

import fi.valita.assignments.Workload;
import fi.valita.experts.ExpertProfile;
import fi.valita.matching.CandidateRanking;
import fi.valita.matching.MatchingFacts;
import fi.valita.matching.MatchingWeights;
import fi.valita.matching.PastRatings;
import fi.valita.matching.Ranking;
import fi.valita.requests.WorkRequest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * How long the pure ranking takes for one request over a pool of 10,000 or 100,000 synthetic experts held in
 * memory (the database reads before it are not measured). Run it as described in bench/README.md; it is not a
 * test and Surefire never picks it up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class MatchingBenchmark {

    @Param({"10000", "100000"})
    int experts;

    private List<ExpertProfile> pool;
    private WorkRequest onSite;
    private WorkRequest remote;
    private MatchingFacts facts;
    private CandidateRanking ranking;

    @Setup(Level.Trial)
    public void makePool() {
        var data = new SyntheticPool(42, 12, 25);
        pool = data.experts(experts);
        onSite = firstOf(data, false);
        remote = firstOf(data, true);
        Random random = new Random(42);
        Map<UUID, Workload> workloads = new HashMap<>();
        Set<UUID> booked = new HashSet<>();
        Set<UUID> active = new HashSet<>();
        for (ExpertProfile expert : pool) {
            workloads.put(expert.id(), new Workload(expert.id(), random.nextInt(6), random.nextInt(4), random.nextInt(12)));
            if (random.nextInt(50) == 0) {
                booked.add(expert.id());
            }
            if (random.nextInt(30) != 0) {
                active.add(expert.id());
            }
        }
        facts = new MatchingFacts(LocalDate.of(2026, 2, 20), active, Set.of(data.pool), booked, workloads,
                PastRatings.none(), code -> Optional.ofNullable(SyntheticPool.PLACES.get(code)), Map.of(),
                Set.of());
        ranking = new CandidateRanking(MatchingWeights.defaults());
    }

    private static WorkRequest firstOf(SyntheticPool data, boolean remote) {
        for (int i = 0; ; i++) {
            WorkRequest request = data.request(new UUID(7, i), LocalDate.of(2026, 3, 2));
            if (request.remote() == remote && request.language().equals("fi")) {
                return request;
            }
        }
    }

    @Benchmark
    public Ranking rankOnSite() {
        return ranking.rank(onSite, pool, facts);
    }

    @Benchmark
    public Ranking rankRemote() {
        return ranking.rank(remote, pool, facts);
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(MatchingBenchmark.class.getName()).build()).run();
    }
}
