package fi.valita.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * No English left in the Finnish and Swedish bundles, also in texts that no page of the page guard happens to
 * show (an error, a state only some data reaches): the same list of English words as on the pages.
 */
class TranslatedBundlesTests {

    @Test
    void finnishAndSwedishTextsHaveNoEnglishWords() {
        var bundles = ShownValuesHaveWordsTests.bundles();
        var english = new TreeSet<String>();
        for (String language : List.of("_fi", "_sv")) {
            Properties bundle = bundles.get(language);
            for (String key : bundle.stringPropertyNames()) {
                var words = PageProblems.englishWords(bundle.getProperty(key));
                if (!words.isEmpty()) {
                    english.add(key + " (" + language.substring(1) + "): " + words);
                }
            }
        }

        assertThat(english).isEmpty();
    }
}
