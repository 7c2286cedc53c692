package fi.valita.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/** Every text exists in English, Finnish and Swedish, with the same placeholders. */
class MessageBundlesTests {

    private static final List<String> LANGUAGES = List.of("", "_fi", "_sv");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    static Stream<String> basenames() {
        var yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yaml"));
        String basenames = Objects.requireNonNull(yaml.getObject()).getProperty("spring.messages.basename");
        return Arrays.stream(basenames.split(",")).map(String::strip)
                .filter(basename -> LANGUAGES.stream().anyMatch(lang -> resource(basename, lang).exists()));
    }

    @ParameterizedTest
    @MethodSource("basenames")
    void everyLanguageHasTheSameKeys(String basename) throws IOException {
        Map<String, Properties> bundles = load(basename);
        Set<String> english = keys(bundles.get(""));

        assertThat(english).as("%s.properties", basename).isNotEmpty();
        assertThat(keys(bundles.get("_fi"))).as("keys of %s_fi.properties", basename).isEqualTo(english);
        assertThat(keys(bundles.get("_sv"))).as("keys of %s_sv.properties", basename).isEqualTo(english);
    }

    @ParameterizedTest
    @MethodSource("basenames")
    void translationsUseTheSamePlaceholders(String basename) throws IOException {
        Map<String, Properties> bundles = load(basename);
        Properties english = bundles.get("");
        for (String lang : List.of("_fi", "_sv")) {
            Properties translated = bundles.get(lang);
            for (String key : english.stringPropertyNames()) {
                if (translated.containsKey(key)) {
                    assertThat(placeholders(translated.getProperty(key)))
                            .as("placeholders of %s in %s%s", key, basename, lang)
                            .isEqualTo(placeholders(english.getProperty(key)));
                }
            }
        }
    }

    private static Map<String, Properties> load(String basename) throws IOException {
        Properties base = read(basename, "");
        Properties fi = read(basename, "_fi");
        Properties sv = read(basename, "_sv");
        return Map.of("", base, "_fi", fi, "_sv", sv);
    }

    private static Properties read(String basename, String lang) throws IOException {
        var properties = new Properties();
        var resource = resource(basename, lang);
        assertThat(resource.exists()).as("%s exists", resource.getPath()).isTrue();
        try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static ClassPathResource resource(String basename, String lang) {
        return new ClassPathResource(basename + lang + ".properties");
    }

    private static Set<String> keys(Properties properties) {
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static Set<String> placeholders(String message) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(message);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
