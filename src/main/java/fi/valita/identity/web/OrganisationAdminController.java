package fi.valita.identity.web;

import fi.valita.identity.CurrentUser;
import fi.valita.identity.Identity;
import fi.valita.identity.OrganisationKind;
import fi.valita.shared.Municipalities;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An admin keeps their organisation's units and the client organisations their pool serves. */
@Controller
class OrganisationAdminController {

    record UnitForm(@NotBlank @Size(min = 2, max = 200) String unitName, @Nullable String unitMunicipality) {}

    record ClientForm(
            @NotBlank @Size(min = 2, max = 200) String clientName,
            @NotBlank String clientKind,
            @Nullable String clientMunicipality) {}

    private final Identity identity;
    private final Municipalities municipalities;
    private final MessageSource messages;

    OrganisationAdminController(Identity identity, Municipalities municipalities, MessageSource messages) {
        this.identity = identity;
        this.municipalities = municipalities;
        this.messages = messages;
    }

    @GetMapping("/admin/organisation")
    String show(@AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        model.addAttribute("unitForm", new UnitForm("", null));
        model.addAttribute("clientForm", new ClientForm("", OrganisationKind.SCHOOL.name(), null));
        return prepare(user, model, locale);
    }

    @PostMapping("/admin/organisation/units")
    String addUnit(
            @AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("unitForm") UnitForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        checkMunicipality(form.unitMunicipality(), "unitMunicipality", errors);
        if (!errors.hasErrors()) {
            try {
                identity.createUnit(user.organisationId(), form.unitName(), blankToNull(form.unitMunicipality()));
                redirect.addFlashAttribute("saved", form.unitName());
                return "redirect:/admin/organisation";
            } catch (DuplicateKeyException e) {
                errors.rejectValue("unitName", "identity.organisation.error.duplicate");
            }
        }
        model.addAttribute("clientForm", new ClientForm("", OrganisationKind.SCHOOL.name(), null));
        return prepare(user, model, locale);
    }

    @PostMapping("/admin/organisation/clients")
    String addClient(
            @AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("clientForm") ClientForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        checkMunicipality(form.clientMunicipality(), "clientMunicipality", errors);
        OrganisationKind kind = Arrays.stream(OrganisationKind.values())
                .filter(k -> k.name().equals(form.clientKind()))
                .findFirst()
                .orElse(null);
        if (kind == null && !errors.hasFieldErrors("clientKind")) {
            errors.rejectValue("clientKind", "typeMismatch");
        }
        if (!errors.hasErrors() && kind != null) {
            try {
                identity.createClientOrganisation(
                        user.organisationId(), form.clientName(), kind, blankToNull(form.clientMunicipality()));
                redirect.addFlashAttribute("saved", form.clientName());
                return "redirect:/admin/organisation";
            } catch (DuplicateKeyException e) {
                errors.rejectValue("clientName", "identity.organisation.error.duplicate-client");
            }
        }
        model.addAttribute("unitForm", new UnitForm("", null));
        return prepare(user, model, locale);
    }

    private String prepare(CurrentUser user, Model model, Locale locale) {
        model.addAttribute("organisation", identity.organisation(user.organisationId()).orElseThrow());
        model.addAttribute("units", identity.unitsOf(user.organisationId()));
        model.addAttribute("clients", identity.clientsOf(user.organisationId()));
        Map<String, String> municipalityOptions = new LinkedHashMap<>();
        municipalityOptions.put("", messages.getMessage("identity.organisation.municipality.none", null, locale));
        municipalities.sorted(locale).forEach(m -> municipalityOptions.put(m.code(), m.name(locale)));
        Map<String, String> kindOptions = new LinkedHashMap<>();
        for (OrganisationKind kind : OrganisationKind.values()) {
            kindOptions.put(kind.name(), messages.getMessage("organisation.kind." + kind.name(), null, locale));
        }
        model.addAttribute("municipalityOptions", municipalityOptions);
        model.addAttribute("kindOptions", kindOptions);
        return "identity/organisation";
    }

    private void checkMunicipality(@Nullable String code, String field, BindingResult errors) {
        if (code != null && !code.isBlank() && !municipalities.exists(code)) {
            errors.rejectValue(field, "identity.organisation.error.municipality");
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
