package fi.valita.experts;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The coordinator's filters on the expert list; a null means "any".
 *
 * @param area only experts who share this lived-experience area for matching
 * @param onBreak true: only those on a break; false: only those not on a break
 */
public record ExpertFilter(
        @Nullable String municipality,
        @Nullable UUID area,
        @Nullable TaskType taskType,
        @Nullable String language,
        @Nullable Boolean trained,
        @Nullable Boolean onBreak,
        @Nullable String text) {

    public static ExpertFilter none() {
        return new ExpertFilter(null, null, null, null, null, null, null);
    }
}
