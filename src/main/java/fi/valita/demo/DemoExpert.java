package fi.valita.demo;

import fi.valita.experts.EngagementForm;
import fi.valita.experts.ExperienceRelation;
import fi.valita.experts.TaskType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;

/**
 * One made-up expert of the demo data file {@code demo/experts.csv} (its header describes the fields).
 *
 * @param pool which demo pool the expert belongs to: LAPPI, HELSINKI or PIRKANMAA
 * @param flags {@code break}, {@code break-until=<days>}, {@code hidden}, {@code private-home}
 */
record DemoExpert(
        String pool,
        String name,
        String email,
        String municipality,
        Set<String> languages,
        boolean remote,
        Set<TaskType> tasks,
        Set<EngagementForm> forms,
        List<Experience> experiences,
        List<String> trainings,
        Set<String> flags,
        String introduction) {

    static final String FILE = "demo/experts.csv";
    static final String DOMAIN = "@demo.example";

    /** A lived-experience area by its vocabulary code; {@code shared} if usable for matching. */
    record Experience(String areaCode, ExperienceRelation relation, boolean shared) {}

    static List<DemoExpert> readAll() {
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(DemoExpert::parse)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + FILE, e);
        }
    }

    static DemoExpert parse(String line) {
        String[] f = line.split(";", -1);
        if (f.length != 12) {
            throw new IllegalArgumentException("A demo expert needs 12 fields, got " + f.length + ": " + f[0]);
        }
        String name = f[1].strip();
        return new DemoExpert(f[0].strip(), name, f[2].isBlank() ? emailOf(name) : f[2].strip(), f[3].strip(),
                list(f[4], Function.identity()), f[5].strip().equals("yes"), list(f[6], TaskType::valueOf),
                list(f[7], EngagementForm::valueOf), List.copyOf(list(f[8], DemoExpert::experience)),
                List.copyOf(list(f[9], Function.identity())), list(f[10], Function.identity()), f[11].strip());
    }

    boolean onBreak() {
        return flags.contains("break") || breakDays() != null;
    }

    /** Days from today until the break ends, or null for a break without a return date (or none). */
    @Nullable Integer breakDays() {
        return flags.stream()
                .filter(flag -> flag.startsWith("break-until="))
                .map(flag -> Integer.valueOf(flag.substring("break-until=".length())))
                .findFirst()
                .orElse(null);
    }

    boolean visibleToRequesters() {
        return !flags.contains("hidden");
    }

    boolean showsMunicipality() {
        return !flags.contains("private-home");
    }

    /** "Elle-Máret Aikio" becomes elle-maret.aikio@demo.example. */
    static String emailOf(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replace(' ', '.') + DOMAIN;
    }

    private static Experience experience(String value) {
        String[] parts = value.split("/");
        return new Experience(parts[0], ExperienceRelation.valueOf(parts[1]),
                parts.length < 3 || !parts[2].equals("private"));
    }

    private static <T> Set<T> list(String field, Function<String, T> parse) {
        return Arrays.stream(field.split(","))
                .map(String::strip)
                .filter(value -> !value.isEmpty())
                .map(parse)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
