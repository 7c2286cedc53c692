package fi.valita.assignments.web;

import static org.assertj.core.api.Assertions.assertThat;

import fi.valita.assignments.AssignmentStatus;
import fi.valita.assignments.OfferNotOpen;
import fi.valita.assignments.OfferStatus;
import fi.valita.requests.FeeBasis;
import fi.valita.requests.RequestStatus;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** Every text the assignments pages use exists in English, Finnish and Swedish. */
class AssignmentsBundleTests {

    private static final Pattern KEY = Pattern.compile("(assignments\\.[a-zA-Z0-9.-]*[a-zA-Z0-9])[)}\"']");

    @Test
    void everyKeyThePagesAndCodeUseExistsInAllThreeLanguages() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Path dir : List.of(Path.of("src/main/resources/templates/assignments"),
                Path.of("src/main/java/fi/valita/assignments"))) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Matcher m = KEY.matcher(Files.readString(file));
                    while (m.find()) {
                        if (!m.group(1).endsWith(".") && !m.group(1).matches("assignments\\.(web|internal).*")) {
                            used.add(m.group(1));
                        }
                    }
                }
            }
        }
        used.removeIf(k -> k.equals("assignments.outcome") || k.equals("assignments.status"));
        used.addAll(enumKeys());
        for (String file : List.of("i18n/assignments.properties", "i18n/assignments_fi.properties",
                "i18n/assignments_sv.properties")) {
            assertThat(load(file).stringPropertyNames()).as(file).containsAll(used);
        }
        assertThat(used).contains("assignments.offer.accept", "assignments.error.no-experts");
    }

    private static List<String> enumKeys() {
        List<String> keys = new ArrayList<>();
        for (OfferNotOpen.Reason r : OfferNotOpen.Reason.values()) {
            keys.add("assignments.outcome." + r.name());
        }
        keys.add("assignments.outcome.ACCEPTED");
        keys.add("assignments.outcome.DECLINED");
        for (OfferStatus s : OfferStatus.values()) {
            keys.add("assignments.offer-status." + s.name());
        }
        for (AssignmentStatus s : AssignmentStatus.values()) {
            keys.add("assignments.status." + s.name());
        }
        for (RequestStatus s : RequestStatus.values()) {
            keys.add("assignments.request-status." + s.name());
        }
        for (FeeBasis f : FeeBasis.values()) {
            keys.add("assignments.fee." + f.name());
        }
        for (fi.valita.assignments.CoordinatorTask.Kind k : fi.valita.assignments.CoordinatorTask.Kind.values()) {
            keys.add("assignments.tasks.kind." + k.name());
        }
        for (int rating = 1; rating <= 5; rating++) {
            keys.add("assignments.feedback.rating." + rating);
        }
        for (String done : List.of("completed", "confirmed", "feedback", "reported")) {
            keys.add("assignments.done." + done);
        }
        return keys;
    }

    private static Properties load(String file) throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(new ClassPathResource(file).getInputStream(), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
