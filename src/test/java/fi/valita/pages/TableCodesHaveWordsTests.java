package fi.valita.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Codes of the dated tables that the pages name in words have their words in English, Finnish and Swedish, for
 * every row a migration puts there: a fee parameter's key (its name and what it is) and unit, a benefit limit's
 * name and description. A daily allowance's key and the unit EUR_CENTS_PER_DAY showed as codes before, and the
 * parameters' descriptions in English.
 *
 * <p>The migrations are read rather than the database, where other tests add rows of their own.
 */
class TableCodesHaveWordsTests {

    /** {@code (gen_random_uuid(), 'KEY', cents, decimal, 'UNIT', ...} in an insert into fee_parameter. */
    private static final Pattern PARAMETER_ROW =
            Pattern.compile("\\(\\s*gen_random_uuid\\(\\),\\s*'([A-Z0-9_]+)',\\s*[^,]+,\\s*[^,]+,\\s*'([A-Z0-9_]+)'");
    private static final Pattern LIMIT_KEY = Pattern.compile("'(earnings\\.limit\\.[A-Za-z0-9_.-]+)'");

    @Test
    void everyFeeParameterOfTheMigrationsHasANameAUnitAndADescriptionInEveryLanguage() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String insert : inserts("fee_parameter")) {
            Matcher row = PARAMETER_ROW.matcher(insert);
            while (row.find()) {
                keys.add("fees.parameters.name." + row.group(1));
                keys.add("fees.parameters.about." + row.group(1));
                keys.add("fees.parameters.unit." + row.group(2));
            }
        }

        assertThat(keys).as("what the migrations put into fee_parameter").isNotEmpty();
        assertThat(missing(keys)).as("message keys of the fee parameter table").isEmpty();
    }

    @Test
    void everyBenefitLimitOfTheMigrationsHasANameAndADescriptionInEveryLanguage() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String insert : inserts("benefit_limit")) {
            Matcher key = LIMIT_KEY.matcher(insert);
            while (key.find()) {
                keys.add(key.group(1));
            }
        }

        assertThat(keys).as("what the migrations put into benefit_limit").isNotEmpty();
        assertThat(missing(keys)).as("message keys of the benefit limit table").isEmpty();
    }

    /** Every insert statement into the table in the migrations, from "insert into" to its semicolon. */
    private static List<String> inserts(String table) throws IOException {
        Pattern insert = Pattern.compile("(?is)insert\\s+into\\s+" + table + "\\b.*?;");
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/db/migration"))) {
            return files.filter(f -> f.toString().endsWith(".sql")).sorted().flatMap(f -> {
                try {
                    return insert.matcher(Files.readString(f)).results().map(m -> m.group());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        }
    }

    private static Set<String> missing(Set<String> keys) {
        Map<String, Properties> bundles = ShownValuesHaveWordsTests.bundles();
        Set<String> missing = new TreeSet<>();
        bundles.forEach((language, bundle) -> keys.stream().filter(key -> !bundle.containsKey(key))
                .forEach(key -> missing.add(key + " (" + (language.isEmpty() ? "en" : language.substring(1)) + ")")));
        return missing;
    }
}
