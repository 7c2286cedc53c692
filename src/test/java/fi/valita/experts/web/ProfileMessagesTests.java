package fi.valita.experts.web;

import static org.assertj.core.api.Assertions.assertThat;

import fi.valita.experts.InvalidProfile;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The experts bundle is complete in English, Finnish and Swedish, and has every key the pages and rules use. */
class ProfileMessagesTests {

    @Test
    void everyKeyExistsInAllThreeLanguages() throws IOException {
        Set<String> english = keys("i18n/experts.properties");

        assertThat(english).isNotEmpty();
        assertThat(keys("i18n/experts_fi.properties")).isEqualTo(english);
        assertThat(keys("i18n/experts_sv.properties")).isEqualTo(english);
    }

    @Test
    void everyRuleOfTheProfileHasAMessage() throws IOException {
        Set<String> english = keys("i18n/experts.properties");

        for (var refusal : List.of(InvalidProfile.unknownMunicipality(), InvalidProfile.unknownLanguage(),
                InvalidProfile.unknownArea(), InvalidProfile.overlappingSlots(), InvalidProfile.breakEndsInPast(),
                InvalidProfile.trainingValidBeforeCompleted())) {
            assertThat(english).contains(refusal.messageKey());
        }
        assertThat(english).contains("experts.error.end-before-start", "experts.error.slot-incomplete");
    }

    @Test
    void everyExpertsKeyNamedInTheProfileTemplatesExists() throws IOException {
        Set<String> english = keys("i18n/experts.properties");
        Pattern literalKey = Pattern.compile("#\\{(experts\\.[a-zA-Z0-9.-]+)[(}]");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> templates = Files.list(Path.of("src/main/resources/templates/experts"))) {
            for (Path template : templates.filter(p -> p.getFileName().toString().startsWith("profile")).toList()) {
                literalKey.matcher(Files.readString(template)).results().forEach(m -> used.add(m.group(1)));
            }
        }

        assertThat(used).isNotEmpty();
        assertThat(english).containsAll(used);
    }

    private static Set<String> keys(String resource) throws IOException {
        var properties = new Properties();
        try (var in = Objects.requireNonNull(ProfileMessagesTests.class.getClassLoader().getResourceAsStream(resource),
                resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
