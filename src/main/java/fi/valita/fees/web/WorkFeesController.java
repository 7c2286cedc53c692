package fi.valita.fees.web;

import fi.valita.assignments.AssignmentDetails;
import fi.valita.assignments.Assignments;
import fi.valita.fees.FeeLine;
import fi.valita.fees.FeeLineKind;
import fi.valita.fees.FeeLineNotFound;
import fi.valita.fees.FeeLineRefused;
import fi.valita.fees.FeeLineStatus;
import fi.valita.fees.FeeLines;
import fi.valita.identity.CurrentUser;
import fi.valita.identity.Role;
import fi.valita.shared.Money;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What will be paid for one assignment: for the expert in plain words, with a way to say no to the fee
 * (after a confirmation step); for the pool's coordinator read-only, with the way to the review.
 */
@Controller
class WorkFeesController {

    private static final Set<FeeLineStatus> DECLINABLE = EnumSet.of(FeeLineStatus.DRAFT, FeeLineStatus.APPROVED);

    private final Assignments assignments;
    private final FeeLines feeLines;
    private final FeeWords words;

    WorkFeesController(Assignments assignments, FeeLines feeLines, FeeWords words) {
        this.assignments = assignments;
        this.feeLines = feeLines;
        this.words = words;
    }

    /** One line as the expert reads it. */
    record PayRow(UUID id, FeeLineKind kind, String what, String quantity, String total, FeeLineStatus status,
            boolean corrected) {}

    @GetMapping("/assignments/{id}/fees")
    String showFees(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model, Locale locale) {
        AssignmentDetails work = assignments.get(id, user);
        List<FeeLine> lines = linesFor(id, user);
        model.addAttribute("work", work);
        model.addAttribute("theExpert", user.is(Role.EXPERT));
        model.addAttribute("rows", lines.stream().map(l -> row(l, locale)).toList());
        model.addAttribute("toBePaid", words.money(lines.stream().filter(l -> l.status() != FeeLineStatus.DECLINED)
                .map(FeeLine::total).reduce(Money.ZERO, Money::plus), locale));
        model.addAttribute("declinable", declinableFee(lines).isPresent());
        model.addAttribute("hold", lines.stream().anyMatch(l -> l.status() == FeeLineStatus.DRAFT)
                ? feeLines.holds(List.of(id), user).get(id) : null);
        model.addAttribute("reviewQuery", lines.isEmpty() ? "" : FeeFilterForm.query(new fi.valita.fees.FeeLineFilter(
                Set.of(), lines.getFirst().workDate().withDayOfMonth(1),
                lines.getFirst().workDate().withDayOfMonth(lines.getFirst().workDate().lengthOfMonth()), null, null)));
        return "fees/work";
    }

    /** The step before declining: what the expert gives up, and what they still get. */
    @GetMapping("/assignments/{id}/fees/decline")
    String confirmDecline(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model,
            Locale locale) {
        AssignmentDetails work = assignments.get(id, user);
        requireExpert(user);
        FeeLine fee = declinableFee(feeLines.ofMyWork(id, user)).orElseThrow(() -> FeeLineNotFound.withId(id));
        model.addAttribute("work", work);
        model.addAttribute("fee", row(fee, locale));
        return "fees/decline";
    }

    @PostMapping("/assignments/{id}/fees/decline")
    String decline(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String line, RedirectAttributes redirect) {
        assignments.get(id, user);
        requireExpert(user);
        FeeLine fee = feeLines.ofMyWork(id, user).stream()
                .filter(l -> l.id().toString().equals(line))
                .findFirst().orElseThrow(() -> FeeLineNotFound.withId(id));
        try {
            feeLines.decline(fee.id(), user);
            redirect.addFlashAttribute("declined", true);
        } catch (FeeLineRefused refused) {
            redirect.addFlashAttribute("refusal", refused.messageKey());
        }
        return "redirect:/assignments/" + id + "/fees";
    }

    private List<FeeLine> linesFor(UUID assignmentId, CurrentUser user) {
        if (user.is(Role.EXPERT)) {
            return feeLines.ofMyWork(assignmentId, user);
        }
        if (user.coordinates()) {
            return feeLines.ofAssignment(assignmentId, user);
        }
        throw new AccessDeniedException("The requester side does not see the expert's fees");
    }

    private static Optional<FeeLine> declinableFee(List<FeeLine> lines) {
        return lines.stream().filter(l -> l.kind() == FeeLineKind.FEE && DECLINABLE.contains(l.status())).findFirst();
    }

    private static void requireExpert(CurrentUser user) {
        if (!user.is(Role.EXPERT)) {
            throw new AccessDeniedException("Only the expert declines their fee");
        }
    }

    private PayRow row(FeeLine line, Locale locale) {
        return new PayRow(line.id(), line.kind(), words.text("fees.work.kind." + line.kind().name(), locale),
                words.quantityTimesUnit(line, locale), words.money(line.total(), locale), line.status(),
                FeeWords.corrected(line));
    }
}
