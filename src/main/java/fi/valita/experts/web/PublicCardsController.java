package fi.valita.experts.web;

import fi.valita.experts.ExpertPool;
import fi.valita.experts.PublicCard;
import fi.valita.experts.TaskType;
import fi.valita.identity.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * What a requester sees of the pools that serve their organisation: public cards only, never
 * lived experience or contact details.
 */
@Controller
class PublicCardsController {

    private final ExpertPool pool;
    private final PoolOptions options;

    PublicCardsController(ExpertPool pool, PoolOptions options) {
        this.pool = pool;
        this.options = options;
    }

    @GetMapping("/pool")
    String showCards(
            @AuthenticationPrincipal CurrentUser user,
            @ModelAttribute("filters") PublicCardsForm form,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
            @RequestHeader(value = "HX-History-Restore-Request", required = false) @Nullable String historyRestore,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        TaskType taskType = PoolOptions.taskType(form.taskType()).orElse(null);
        String language = PoolOptions.language(form.language()).orElse(null);
        List<CardView> cards = pool.cardsFor(user, locale).stream()
                .filter(c -> taskType == null || c.taskTypes().contains(taskType))
                .filter(c -> language == null || c.languages().contains(language))
                .map(c -> view(c, locale))
                .toList();
        model.addAttribute("cards", cards);
        response.setHeader("Vary", "HX-Request");
        if (htmx != null && !"true".equals(historyRestore)) {
            return "experts/cards :: update";
        }
        model.addAttribute("taskTypeChoices", options.taskTypeChoices(locale));
        model.addAttribute("languageChoices", options.languageChoices(locale));
        return "experts/cards";
    }

    private CardView view(PublicCard card, Locale locale) {
        return new CardView(card.id(), card.displayName(), options.languageNames(card.languages(), locale),
                options.taskTypeNames(card.taskTypes(), locale), card.introduction(), card.homeMunicipality(),
                card.worksRemotely(), card.trained());
    }

    /** A card with names in the user's language. */
    record CardView(
            UUID id,
            String displayName,
            List<String> languages,
            List<String> taskTypes,
            @Nullable String introduction,
            @Nullable String municipality,
            boolean worksRemotely,
            boolean trained) {}
}
