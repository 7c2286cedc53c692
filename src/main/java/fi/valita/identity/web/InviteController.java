package fi.valita.identity.web;

import fi.valita.identity.CurrentUser;
import fi.valita.identity.Identity;
import fi.valita.identity.Invite;
import fi.valita.identity.InvitationRefused;
import fi.valita.identity.Organisation;
import fi.valita.identity.OrganisationUnit;
import fi.valita.identity.Role;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A coordinator invites an expert or a requester by e-mail; an admin may also invite staff. */
@Controller
class InviteController {

    private final Identity identity;
    private final MessageSource messages;

    InviteController(Identity identity, MessageSource messages) {
        this.identity = identity;
        this.messages = messages;
    }

    @GetMapping("/coordinator/invitations/new")
    String showInviteForm(@AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        model.addAttribute("form",
                new InviteForm("", "", Role.EXPERT.name(), user.organisationId().toString(), null, locale.getLanguage()));
        return prepare(user, model, locale);
    }

    @PostMapping("/coordinator/invitations/new")
    String sendInvite(
            @AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("form") InviteForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        Role role = parse(() -> Role.valueOf(form.role()), "role", errors);
        UUID organisationId = parse(() -> UUID.fromString(form.organisationId()), "organisationId", errors);
        UUID unitId = form.unitId() == null || form.unitId().isBlank()
                ? null
                : parse(() -> UUID.fromString(form.unitId()), "unitId", errors);
        boolean knownLanguage = List.of("fi", "sv", "en").contains(form.language());
        if (!knownLanguage) {
            errors.rejectValue("language", "typeMismatch");
        }
        Invite invite = role == null || organisationId == null ? null : new Invite(String.valueOf(form.email()),
                String.valueOf(form.displayName()), role, organisationId, unitId,
                Locale.of(knownLanguage ? form.language() : locale.getLanguage()));
        if (invite != null) {
            identity.refusalsOf(invite, user).forEach(refused -> reject(refused, errors));
        }
        if (errors.hasErrors() || invite == null) {
            return prepare(user, model, locale);
        }
        try {
            identity.invite(invite, user);
        } catch (InvitationRefused refused) {
            if (refused.answeredAsSent()) {
                redirect.addFlashAttribute("invitedEmail", form.email());
                return "redirect:/coordinator/invitations/new";
            }
            reject(refused, errors);
            return prepare(user, model, locale);
        }
        redirect.addFlashAttribute("invitedEmail", form.email());
        return "redirect:/coordinator/invitations/new";
    }

    /** A refusal goes beside its field, unless the field already says what is wrong with it. */
    private static void reject(InvitationRefused refused, BindingResult errors) {
        if (!errors.hasFieldErrors(refused.field())) {
            errors.rejectValue(refused.field(), refused.messageKey());
        }
    }

    private static <T> @Nullable T parse(Supplier<T> parser, String field, BindingResult errors) {
        if (errors.hasFieldErrors(field)) {
            return null;
        }
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            errors.rejectValue(field, "typeMismatch");
            return null;
        }
    }

    private String prepare(CurrentUser user, Model model, Locale locale) {
        List<Role> roles = user.is(Role.ADMIN)
                ? List.of(Role.EXPERT, Role.REQUESTER, Role.COORDINATOR, Role.ADMIN)
                : List.of(Role.EXPERT, Role.REQUESTER);
        Map<String, String> roleOptions = new LinkedHashMap<>();
        roles.forEach(r -> roleOptions.put(r.name(), messages.getMessage("role." + r.name(), null, locale)));
        List<Organisation> organisations = new ArrayList<>();
        identity.organisation(user.organisationId()).ifPresent(organisations::add);
        organisations.addAll(identity.clientsOf(user.organisationId()));
        Map<String, String> organisationOptions = new LinkedHashMap<>();
        organisations.forEach(o -> organisationOptions.put(o.id().toString(), o.name()));
        Map<String, String> unitOptions = new LinkedHashMap<>();
        unitOptions.put("", messages.getMessage("identity.invite.unit.none", null, locale));
        for (Organisation o : organisations) {
            for (OrganisationUnit u : identity.unitsOf(o.id())) {
                unitOptions.put(u.id().toString(), o.name() + ": " + u.name());
            }
        }
        Map<String, String> languageOptions = new LinkedHashMap<>();
        for (String lang : List.of("fi", "sv", "en")) {
            languageOptions.put(lang, messages.getMessage("layout.language." + lang, null, locale));
        }
        model.addAttribute("roleOptions", roleOptions);
        model.addAttribute("organisationOptions", organisationOptions);
        model.addAttribute("unitOptions", unitOptions);
        model.addAttribute("languageOptions", languageOptions);
        return "identity/invite";
    }
}
