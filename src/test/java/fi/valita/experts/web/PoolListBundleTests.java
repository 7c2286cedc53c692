package fi.valita.experts.web;

import static org.assertj.core.api.Assertions.assertThat;

import fi.valita.experts.TaskType;
import fi.valita.shared.Language;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * The pool pages' bundle (i18n/pool*.properties, used by the expert list, the public cards and
 * the vocabulary): every key in English, Finnish and Swedish, and every key the pages use exists.
 */
class PoolListBundleTests {

    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{(pool\\.[a-zA-Z0-9.-]*[a-zA-Z0-9])[(}]");
    private static final Pattern JAVA_KEY = Pattern.compile("\"(pool\\.[a-zA-Z0-9.-]*[a-zA-Z0-9])\"");

    @Test
    void everyKeyIsInAllThreeLanguagesAndNotEmpty() throws IOException {
        Properties en = load("i18n/pool.properties");
        Properties fi = load("i18n/pool_fi.properties");
        Properties sv = load("i18n/pool_sv.properties");

        assertThat(en).isNotEmpty();
        assertThat(fi.stringPropertyNames()).as("Finnish keys").isEqualTo(en.stringPropertyNames());
        assertThat(sv.stringPropertyNames()).as("Swedish keys").isEqualTo(en.stringPropertyNames());
        for (Properties bundle : new Properties[] {en, fi, sv}) {
            bundle.forEach((key, value) -> assertThat(value.toString()).as(key.toString()).isNotBlank());
        }
    }

    @Test
    void messagesWithArgumentsAreValidMessageFormats() throws IOException {
        for (String file : new String[] {"i18n/pool.properties", "i18n/pool_fi.properties", "i18n/pool_sv.properties"}) {
            load(file).forEach((key, value) -> {
                if (value.toString().contains("{0")) {
                    assertThat(new MessageFormat(value.toString(), Locale.ROOT).format(new Object[] {3}))
                            .as(file + " " + key).doesNotContain("{0");
                }
            });
        }
    }

    @Test
    void everyTaskTypeAndLanguageHasANameInTheExpertsBundleThePoolPagesShare() throws IOException {
        for (String file : new String[] {"i18n/experts.properties", "i18n/experts_fi.properties", "i18n/experts_sv.properties"}) {
            Properties names = load(file);
            for (TaskType type : TaskType.values()) {
                assertThat(names).as(file).containsKey("experts.task." + type.name());
            }
            for (String code : Language.CODES) {
                assertThat(names).as(file).containsKey("experts.language." + code);
            }
        }
    }

    @Test
    void everyKeyThePagesUseExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> templates = Files.list(Path.of("src/main/resources/templates/experts"))) {
            for (Path template : templates.filter(PoolListBundleTests::isPoolTemplate).toList()) {
                collect(TEMPLATE_KEY, Files.readString(template), used);
            }
        }
        for (String source : new String[] {"web/PoolListController.java", "web/PublicCardsController.java",
                "web/VocabularyController.java", "web/PoolOptions.java", "ExperienceVocabulary.java"}) {
            collect(JAVA_KEY, Files.readString(Path.of("src/main/java/fi/valita/experts", source)), used);
        }

        assertThat(used).hasSizeGreaterThan(40);
        assertThat(load("i18n/pool.properties").stringPropertyNames()).containsAll(used);
    }

    private static boolean isPoolTemplate(Path path) {
        String name = path.getFileName().toString();
        return name.startsWith("list") || name.startsWith("cards") || name.startsWith("vocabulary");
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            into.add(m.group(1));
        }
    }

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
