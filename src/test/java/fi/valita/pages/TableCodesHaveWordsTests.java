package fi.valita.pages;

import static org.assertj.core.api.Assertions.assertThat;

import fi.valita.ValitaTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Codes of the dated tables that the pages name in words (fee parameters, their units, benefit limits) have their
 * words in English, Finnish and Swedish, for every row the migrations put there. A daily allowance's key and the
 * unit EUR_CENTS_PER_DAY showed as codes before, and the parameters' descriptions in English.
 */
@ValitaTest
class TableCodesHaveWordsTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyFeeParameterHasANameAUnitAndADescriptionInEveryLanguage() {
        List<String> keys = new ArrayList<>();
        jdbc.sql("select distinct key from fee_parameter").query(String.class).list()
                .forEach(key -> keys.add("fees.parameters.name." + key));
        jdbc.sql("select distinct unit from fee_parameter").query(String.class).list()
                .forEach(unit -> keys.add("fees.parameters.unit." + unit));
        keys.addAll(jdbc.sql("select distinct description_key from fee_parameter where description_key is not null")
                .query(String.class).list());
        int described = jdbc.sql("select count(*) from fee_parameter where description_key is not null")
                .query(Integer.class).single();

        assertThat(missing(keys)).as("message keys of the fee parameter table").isEmpty();
        assertThat(described).as("rows the migrations added, described by a message key").isPositive();
    }

    @Test
    void everyBenefitLimitHasANameAndADescriptionInEveryLanguage() {
        List<String> keys = new ArrayList<>();
        jdbc.sql("select name_key, description_key from benefit_limit").query((rs, row) -> {
            keys.add(rs.getString("name_key"));
            keys.add(rs.getString("description_key"));
            return row;
        }).list();

        assertThat(missing(keys)).as("message keys of the benefit limit table").isEmpty();
    }

    private static TreeSet<String> missing(List<String> keys) {
        Map<String, Properties> bundles = ShownValuesHaveWordsTests.bundles();
        var missing = new TreeSet<String>();
        bundles.forEach((language, bundle) -> keys.stream().filter(key -> !bundle.containsKey(key))
                .forEach(key -> missing.add(key + " (" + (language.isEmpty() ? "en" : language.substring(1)) + ")")));
        return missing;
    }
}
