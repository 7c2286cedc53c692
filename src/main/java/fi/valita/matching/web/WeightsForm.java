package fi.valita.matching.web;

import fi.valita.matching.MatchingWeights;
import fi.valita.shared.TypedNumber;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/**
 * The weights as typed. Kept as text, so that a word typed into a number field comes back to the form
 * with a message next to it instead of losing the whole form.
 */
record WeightsForm(
        @Nullable String areaFit,
        @Nullable String taskFit,
        @Nullable String distance,
        @Nullable String rotation,
        @Nullable String continuity) {

    static WeightsForm of(MatchingWeights w) {
        return new WeightsForm(String.valueOf(w.areaFit()), String.valueOf(w.taskFit()), String.valueOf(w.distance()),
                String.valueOf(w.rotation()), String.valueOf(w.continuity()));
    }

    /** The weights, or empty after telling each field that is not a whole number from 0 to 100. */
    Optional<MatchingWeights> weights(BindingResult errors) {
        Map<String, @Nullable String> fields = new LinkedHashMap<>();
        fields.put("areaFit", areaFit);
        fields.put("taskFit", taskFit);
        fields.put("distance", distance);
        fields.put("rotation", rotation);
        fields.put("continuity", continuity);
        int[] values = new int[fields.size()];
        int i = 0;
        for (var field : fields.entrySet()) {
            Integer value = parse(field.getValue());
            if (value == null) {
                errors.rejectValue(field.getKey(), "matching.settings.error.range");
            } else {
                values[i] = value;
            }
            i++;
        }
        return errors.hasErrors()
                ? Optional.empty()
                : Optional.of(new MatchingWeights(values[0], values[1], values[2], values[3], values[4]));
    }

    private static @Nullable Integer parse(@Nullable String text) {
        return TypedNumber.wholeNumber(text, TypedNumber.Unit.PERCENT)
                .filter(value -> value >= 0 && value <= MatchingWeights.MAX)
                .orElse(null);
    }
}
