package fi.valita.identity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import org.springframework.stereotype.Component;

/**
 * What a new password must be, wherever one is set (an invitation, a reset, a change): at least 12
 * characters, and not easy to guess. "Easy to guess" is nbvcxz's estimate, which knows 100,000 common
 * and leaked passwords, English words and names, keyboard rows, repeats, dates and l33t spellings, and
 * here also the person's own e-mail address and name. There are no composition rules (a digit, a
 * capital): they make passwords harder to remember, not harder to guess.
 */
@Component
public class PasswordRules {

    public static final int MIN_LENGTH = 12;
    /** Argon2 hashes the whole password: a limit keeps a huge one from costing the server. */
    public static final int MAX_LENGTH = 128;
    /** nbvcxz's own default: about 34 billion guesses. */
    static final double MIN_ENTROPY_BITS = 35.0;

    /**
     * The message key of the first rule the password breaks, or empty when it may be used.
     *
     * @param email the account's sign-in address
     * @param displayName the account's name
     */
    public Optional<String> refusalOf(String password, String email, String displayName) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            return Optional.of("identity.password.length");
        }
        if (password.strip().equalsIgnoreCase(email.strip())) {
            return Optional.of("identity.accept.password.is-email");
        }
        if (estimatedEntropy(password, personalWords(email, displayName)) < MIN_ENTROPY_BITS) {
            return Optional.of("identity.password.guessable");
        }
        return Optional.empty();
    }

    /** Throws {@link PasswordRefused} when {@link #refusalOf} finds a broken rule. */
    public void check(String password, String email, String displayName) {
        refusalOf(password, email, displayName).ifPresent(key -> {
            throw new PasswordRefused(key);
        });
    }

    private static double estimatedEntropy(String password, List<String> personalWords) {
        List<Dictionary> dictionaries = new ArrayList<>(ConfigurationBuilder.getDefaultDictionaries());
        dictionaries.add(new DictionaryBuilder().setDictionaryName("personal").addWords(personalWords, 0).createDictionary());
        var estimator = new Nbvcxz(new ConfigurationBuilder().setDictionaries(dictionaries).createConfiguration());
        return estimator.estimate(password).getEntropy();
    }

    /** The parts of the address and the name, which a guesser who knows the person tries first. */
    private static List<String> personalWords(String email, String displayName) {
        String lower = (email + " " + displayName).toLowerCase(Locale.ROOT);
        return Arrays.stream(lower.split("[^\\p{L}\\p{N}]+")).filter(w -> w.length() >= 3).distinct().toList();
    }
}
