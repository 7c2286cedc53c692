package fi.valita.earnings;

import fi.valita.shared.Money;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A new period of a limit (or a new limit), as an admin adds it. */
public record NewBenefitLimit(String code, BenefitLimitKind kind, @Nullable Money amount, LocalDate validFrom,
        @Nullable LocalDate validTo, boolean example) {}
