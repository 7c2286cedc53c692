package fi.valita.earnings.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The platform operator's new row of a benefit limit, and why it is added. Dates, amounts and the kind arrive as
 * text and are read by the controller, so that a mistyped value gets a message beside its field.
 */
record LimitForm(
        @Nullable @NotBlank @Size(max = 60) String code,
        @Nullable String kind,
        @Nullable String amount,
        @Nullable @NotBlank String validFrom,
        @Nullable String validTo,
        @Nullable String example,
        @Nullable String reason) {

    static LimitForm empty() {
        return new LimitForm("", "MONTHLY_EARNINGS", "", "", "", null, "");
    }

    public boolean exampleChosen() {
        return "true".equals(example);
    }
}
