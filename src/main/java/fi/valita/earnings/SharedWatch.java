package fi.valita.earnings;

import org.jspecify.annotations.Nullable;

/**
 * What a coordinator of the expert's pool sees of their benefit watch: the watch only if the expert has
 * shared it, otherwise nothing but the fact that it is not shared.
 */
public record SharedWatch(String expertName, @Nullable BenefitWatch watch) {

    public boolean shared() {
        return watch != null;
    }
}
