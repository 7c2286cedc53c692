package fi.valita.documents;

import fi.valita.experts.TaskType;
import fi.valita.fees.Rate;
import fi.valita.requests.FeeBasis;
import fi.valita.shared.Money;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An assignment agreement (toimeksiantosopimus) for fee-based work, as produced from the assignment: the
 * parties, the task, when and where (a municipality or remote; nothing about service users), the fee basis and
 * the expenses paid. The wording around these facts is the template of {@link #templateVersion}.
 *
 * @param rate the pool's rate on the day of the work, for work paid by the rate card; null when there is none
 * @param agreedSum the sum agreed for the request, for work paid by an agreed sum
 * @param kmAllowancePerKm the dated tax-free kilometre allowance on the day of the work, null when none is set
 */
public record Agreement(UUID assignmentId, String templateVersion, UUID poolOrganisationId, String poolName,
        UUID expertId, String expertName, String title, TaskType taskType, @Nullable Instant startsAt,
        @Nullable Instant endsAt, @Nullable LocalDate windowFrom, @Nullable LocalDate windowTo, boolean remote,
        @Nullable String municipalityCode, FeeBasis feeBasis, @Nullable Rate rate, @Nullable Money agreedSum,
        @Nullable Money kmAllowancePerKm, boolean cancelled) {

    /**
     * A SHA-256 (hex) of what the expert agrees to: the template version and every fact the text shows. The
     * parties are named by id, so that renaming a person or an organisation does not ask for a new acceptance,
     * while a new time, place, task or fee does.
     */
    public String contentSha256() {
        String content = String.join("\n",
                "template=" + templateVersion,
                "assignment=" + assignmentId,
                "pool=" + poolOrganisationId,
                "expert=" + expertId,
                "title=" + title,
                "task=" + taskType.name(),
                "starts=" + text(startsAt),
                "ends=" + text(endsAt),
                "windowFrom=" + text(windowFrom),
                "windowTo=" + text(windowTo),
                "remote=" + remote,
                "municipality=" + text(municipalityCode),
                "feeBasis=" + feeBasis.name(),
                "rate=" + (rate == null ? "" : rate.kind() + "/" + rate.amount().cents() + "/"
                        + rate.preparationMinutes() + "/" + rate.minimumMinutes()),
                "agreedSum=" + (agreedSum == null ? "" : agreedSum.cents()),
                "kmAllowance=" + (kmAllowancePerKm == null ? "" : kmAllowancePerKm.cents()));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    private static String text(@Nullable Object value) {
        return Objects.toString(value, "");
    }
}
