package fi.valita.requests.web;

import fi.valita.identity.CurrentUser;
import fi.valita.requests.NewWorkRequest;
import fi.valita.requests.RequestRefused;
import fi.valita.requests.WorkRequest;
import fi.valita.requests.WorkRequests;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A requester orders work from a pool that serves their organisation; a coordinator enters a request
 * on behalf of their own or a client organisation (after a phone call, say). When several pools
 * serve the requester, they choose the pool first: its vocabulary decides the areas they can ask for.
 */
@Controller
class NewRequestController {

    private final WorkRequests requests;
    private final RequestChoices choices;
    private final Clock clock;

    NewRequestController(WorkRequests requests, RequestChoices choices, Clock clock) {
        this.requests = requests;
        this.choices = choices;
        this.clock = clock;
    }

    @GetMapping("/requests/new")
    String showRequestForm(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(name = "pool", required = false) @Nullable String chosenPool,
            Model model,
            Locale locale) {
        UUID pool = user.coordinates() ? user.organisationId() : poolOf(user, chosenPool);
        if (pool == null) {
            Map<String, String> pools = choices.poolsServing(user);
            model.addAttribute("pools", pools);
            return pools.isEmpty() ? "requests/no-pool" : "requests/choose-pool";
        }
        model.addAttribute("form", RequestForm.startingFor(user, pool, choices.ownUnit(user), locale));
        return prepare(user, pool, model, locale);
    }

    @PostMapping("/requests/new")
    String sendRequest(
            @AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("form") RequestForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        UUID pool = user.coordinates() ? user.organisationId() : FormValues.uuid(form.poolOrganisationId());
        UUID requester = user.coordinates() ? FormValues.uuid(form.requesterOrganisationId()) : user.organisationId();
        if (pool == null) {
            errors.rejectValue("poolOrganisationId", "requests.error.pool-not-serving");
        }
        if (requester == null) {
            errors.rejectValue("requesterOrganisationId", "requests.error.pool-not-serving");
        }
        NewWorkRequest request = RequestFormReader.read(form, pool, requester, clock, errors);
        if (requester != null) {
            requireUnitWhereThereAreUnits(form, requester, errors);
        }
        if (request == null || errors.hasErrors()) {
            return prepare(user, pool, model, locale);
        }
        try {
            WorkRequest created = requests.create(request, user);
            redirect.addFlashAttribute("created", true);
            return user.coordinates()
                    ? "redirect:/coordinator/requests/" + created.id()
                    : "redirect:/requests/" + created.id();
        } catch (RequestRefused refused) {
            String field = RequestFormReader.fieldOf(refused, form, user.coordinates());
            if (field == null) {
                errors.reject(refused.messageKey());
            } else {
                errors.rejectValue(field, refused.messageKey());
            }
            return prepare(user, pool, model, locale);
        }
    }

    /**
     * The requests module refuses a request without a unit when the organisation has units; saying so here too
     * puts the message beside the field in the same round as the form's other errors.
     */
    private void requireUnitWhereThereAreUnits(RequestForm form, UUID requester, BindingResult errors) {
        boolean missing = form.requesterUnitId() == null || form.requesterUnitId().isBlank();
        if (missing && !errors.hasFieldErrors("requesterUnitId") && !choices.unitNames(requester).isEmpty()) {
            errors.rejectValue("requesterUnitId", "requests.error.unit-missing");
        }
    }

    /** The pool asked for if it serves the requester, the only one if there is one, else none. */
    private @Nullable UUID poolOf(CurrentUser requester, @Nullable String chosen) {
        Map<String, String> pools = choices.poolsServing(requester);
        if (chosen != null && pools.containsKey(chosen)) {
            return UUID.fromString(chosen);
        }
        return pools.size() == 1 ? UUID.fromString(pools.keySet().iterator().next()) : null;
    }

    private String prepare(CurrentUser user, @Nullable UUID pool, Model model, Locale locale) {
        Map<String, String> pools = user.coordinates()
                ? Map.of(user.organisationId().toString(), choices.organisationName(user.organisationId()))
                : choices.poolsServing(user);
        boolean poolAllowed = pool != null && pools.containsKey(pool.toString());
        model.addAttribute("poolName", poolAllowed ? pools.get(pool.toString()) : "");
        model.addAttribute("severalPools", pools.size() > 1);
        model.addAttribute("areas", poolAllowed ? choices.areasOf(pool) : List.of());
        model.addAttribute("taskTypeChoices", choices.taskTypes("requests.form.choose", locale));
        model.addAttribute("languageChoices", choices.languages(locale));
        model.addAttribute("municipalityChoices", choices.municipalities(locale));
        model.addAttribute("coordinator", user.coordinates());
        if (user.coordinates()) {
            model.addAttribute("organisationChoices", choices.orderingOrganisationChoices(user, "", locale));
            model.addAttribute("unitGroups", choices.unitGroups(user));
        } else {
            model.addAttribute("unitChoices", choices.units(user.organisationId(), locale));
        }
        return "requests/new";
    }
}
