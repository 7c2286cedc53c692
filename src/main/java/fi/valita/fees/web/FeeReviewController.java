package fi.valita.fees.web;

import fi.valita.fees.FeeHold;
import fi.valita.fees.FeeLineFilter;
import fi.valita.fees.FeeLineRefused;
import fi.valita.fees.FeeLineRevision;
import fi.valita.fees.FeeLineStatus;
import fi.valita.fees.FeeLines;
import fi.valita.identity.CurrentUser;
import fi.valita.shared.Money;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinator reviews the pool's fee lines of a period: approves one line or every draft shown,
 * and corrects a line's total with a reason on the line's own page. Each change names the version of
 * the line the coordinator saw, so a change made by someone else in between is reported, not overwritten.
 */
@Controller
class FeeReviewController {

    private static final String LIST = "fees/review";
    private static final String LINE = "fees/line";

    private final FeeLines feeLines;
    private final FeeViews views;
    private final FeeWords words;
    private final MessageSource messages;
    private final Clock clock;
    private final ParameterEndings endings;

    FeeReviewController(FeeLines feeLines, FeeViews views, FeeWords words, MessageSource messages, Clock clock,
            ParameterEndings endings) {
        this.endings = endings;
        this.feeLines = feeLines;
        this.views = views;
        this.words = words;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/coordinator/fees")
    String showFees(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("filters") FeeFilterForm form,
            BindingResult errors, Model model, Locale locale) {
        Map<UUID, String> experts = views.experts(user);
        Map<UUID, String> requesters = views.requesters(user);
        FeeLineFilter filter = form.read(errors, today(), experts.keySet(), requesters.keySet());
        List<FeeLineRevision> lines = feeLines.review(filter, user);
        Map<UUID, FeeHold> holds = views.heldDrafts(lines, user);
        model.addAttribute("groups", views.groups(lines, holds, user, locale));
        model.addAttribute("totals", views.totals(lines, locale));
        model.addAttribute("drafts", lines.stream().filter(r -> r.line().status() == FeeLineStatus.DRAFT)
                .filter(r -> !holds.containsKey(r.line().assignmentId()))
                .map(r -> r.line().id() + ":" + r.version()).toList());
        model.addAttribute("kept", FeeFilterForm.of(filter));
        model.addAttribute("period", words.text("fees.review.period", locale, words.day(filter.from(), locale),
                words.day(filter.to(), locale)));
        model.addAttribute("statusChoices", statusChoices(locale));
        model.addAttribute("expertChoices", choices(experts, locale));
        model.addAttribute("requesterChoices", choices(requesters, locale));
        model.addAttribute("endingSoon", endings.soon(locale));
        return LIST;
    }

    @PostMapping("/coordinator/fees/{lineId}/approval")
    String approveLine(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID lineId,
            @RequestParam(required = false) @Nullable String version,
            @RequestParam(required = false) @Nullable String back, @ModelAttribute("filters") FeeFilterForm form,
            RedirectAttributes redirect) {
        try {
            feeLines.approve(lineId, new CorrectionForm(null, null, version).seenVersion(), user);
            redirect.addFlashAttribute("approved", 1);
        } catch (FeeLineRefused refused) {
            redirect.addFlashAttribute("refusal", refused.messageKey());
        }
        return "line".equals(back) ? "redirect:/coordinator/fees/" + lineId : backToList(form, user);
    }

    /** Approves every draft the coordinator was shown, as they saw it, in one go: all or none. */
    @PostMapping("/coordinator/fees/approval")
    String approveShown(@AuthenticationPrincipal CurrentUser user,
            @RequestParam(name = "line", required = false) @Nullable List<String> shown,
            @ModelAttribute("filters") FeeFilterForm form, RedirectAttributes redirect) {
        Optional<Map<UUID, Integer>> seen = seenVersions(shown);
        if (seen.isEmpty() || seen.get().isEmpty()) {
            redirect.addFlashAttribute("refusal", "fees.review.approve-all.nothing");
            return backToList(form, user);
        }
        try {
            redirect.addFlashAttribute("approved", feeLines.approveAll(seen.get(), user));
        } catch (FeeLineRefused refused) {
            redirect.addFlashAttribute("refusal", "fees.review.approve-all.changed");
        }
        return backToList(form, user);
    }

    @GetMapping("/coordinator/fees/{lineId}")
    String showLine(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID lineId, Model model, Locale locale) {
        return line(user, lineId, null, model, locale);
    }

    @PostMapping("/coordinator/fees/{lineId}/correction")
    String correctLine(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID lineId,
            @ModelAttribute("correction") CorrectionForm form, BindingResult errors, Model model, Locale locale,
            RedirectAttributes redirect) {
        Optional<Money> total = form.read(errors);
        if (total.isEmpty()) {
            return line(user, lineId, form, model, locale);
        }
        try {
            feeLines.correct(lineId, form.seenVersion(), total.get().cents(), String.valueOf(form.reason()), user);
        } catch (FeeLineRefused refused) {
            // Shown with the line as it is now; the typed values stay, at the current version.
            var current = form.withVersion(feeLines.revision(lineId, user).version());
            var refusedErrors = new BeanPropertyBindingResult(current, "correction");
            refusedErrors.reject(refused.messageKey());
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "correction", refusedErrors);
            return line(user, lineId, current, model, locale);
        }
        redirect.addFlashAttribute("corrected", true);
        return "redirect:/coordinator/fees/" + lineId;
    }

    private String line(CurrentUser user, UUID lineId, @Nullable CorrectionForm form, Model model, Locale locale) {
        FeeLineRevision revision = feeLines.revision(lineId, user);
        model.addAttribute("line", views.line(revision, feeLines.history(lineId, user), user, locale));
        model.addAttribute("correction", form != null ? form
                : new CorrectionForm(inputAmount(revision.line().total(), locale), "",
                        String.valueOf(revision.version())));
        LocalDate day = revision.line().workDate();
        model.addAttribute("monthQuery", FeeFilterForm.query(new FeeLineFilter(java.util.Set.of(),
                day.withDayOfMonth(1), day.withDayOfMonth(day.lengthOfMonth()), null, null)));
        return LINE;
    }

    private String backToList(FeeFilterForm form, CurrentUser user) {
        var ignored = new BeanPropertyBindingResult(form, "filters");
        FeeLineFilter filter = form.read(ignored, today(), views.experts(user).keySet(),
                views.requesters(user).keySet());
        return "redirect:/coordinator/fees?" + FeeFilterForm.query(filter);
    }

    /** "id:version" pairs as the page sent them; empty when one of them is not such a pair. */
    private static Optional<Map<UUID, Integer>> seenVersions(@Nullable List<String> shown) {
        Map<UUID, Integer> seen = new LinkedHashMap<>();
        for (String pair : shown == null ? List.<String>of() : shown) {
            String[] parts = pair.split(":", 2);
            try {
                seen.put(UUID.fromString(parts[0].strip()), Integer.parseInt(parts[1].strip()));
            } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                return Optional.empty();
            }
        }
        return Optional.of(seen);
    }

    /** The amount as the user would type it, e.g. 40,00 in Finnish: without grouping or a currency sign. */
    private static String inputAmount(Money amount, Locale locale) {
        String plain = amount.euros().toPlainString();
        return "en".equals(locale.getLanguage()) ? plain : plain.replace('.', ',');
    }

    private Map<String, String> statusChoices(Locale locale) {
        Map<String, String> choices = new LinkedHashMap<>();
        choices.put("", messages.getMessage("fees.filter.any-status", null, locale));
        for (FeeLineStatus status : FeeLineStatus.values()) {
            choices.put(status.name(), messages.getMessage("fees.status." + status.name(), null, locale));
        }
        return choices;
    }

    private Map<String, String> choices(Map<UUID, String> named, Locale locale) {
        Map<String, String> choices = new LinkedHashMap<>();
        choices.put("", messages.getMessage("fees.filter.any", null, locale));
        named.forEach((id, name) -> choices.put(id.toString(), name));
        return choices;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(FeeWords.HELSINKI));
    }
}
