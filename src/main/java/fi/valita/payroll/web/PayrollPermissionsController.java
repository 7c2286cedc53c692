package fi.valita.payroll.web;

import fi.valita.identity.CurrentUser;
import fi.valita.payroll.CodeAccessLog;
import fi.valita.payroll.PayrollNotFound;
import fi.valita.payroll.PayrollPermissions;
import fi.valita.shared.Dates;
import java.util.Locale;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An admin grants, confirms (another admin's grant) and revokes the payroll permission, sees every such change,
 * and reads the log of accesses to identity codes.
 */
@Controller
class PayrollPermissionsController {

    /** One logged grant, confirmation or revocation as the page shows it. */
    record EventRow(String when, String person, String action, String by) {}

    private final PayrollPermissions permissions;
    private final CodeAccessLog log;

    PayrollPermissionsController(PayrollPermissions permissions, CodeAccessLog log) {
        this.permissions = permissions;
        this.log = log;
    }

    @GetMapping("/admin/payroll-permissions")
    String showPermissions(@AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        model.addAttribute("candidates", permissions.candidates(user));
        model.addAttribute("events", permissions.events(user).stream()
                .map(e -> new EventRow(Dates.dateTime(e.at(), locale), e.personName(), e.action().name(), e.byName()))
                .toList());
        return "payroll/permissions";
    }

    @PostMapping("/admin/payroll-permissions/{userId}/grant")
    String grant(@AuthenticationPrincipal CurrentUser user, @PathVariable String userId, RedirectAttributes redirect) {
        boolean inEffect = permissions.grant(uuid(userId), user);
        redirect.addFlashAttribute("changed", inEffect ? "granted" : "requested");
        return "redirect:/admin/payroll-permissions";
    }

    @PostMapping("/admin/payroll-permissions/{userId}/confirm")
    String confirm(@AuthenticationPrincipal CurrentUser user, @PathVariable String userId,
            RedirectAttributes redirect) {
        permissions.confirm(uuid(userId), user);
        redirect.addFlashAttribute("changed", "confirmed");
        return "redirect:/admin/payroll-permissions";
    }

    @PostMapping("/admin/payroll-permissions/{userId}/revoke")
    String revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable String userId, RedirectAttributes redirect) {
        permissions.revoke(uuid(userId), user);
        redirect.addFlashAttribute("changed", "revoked");
        return "redirect:/admin/payroll-permissions";
    }

    @GetMapping("/admin/payroll-access-log")
    String showAccessLog(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("accesses", log.ofMyOrganisation(user));
        return "payroll/access-log";
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw PayrollNotFound.person(new UUID(0, 0));
        }
    }
}
