package fi.valita.payroll.web;

import fi.valita.identity.CurrentUser;
import fi.valita.identity.Role;
import fi.valita.payroll.PayrollPermissions;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * {@code payrollLink} on every page, for the layout's one payroll link: an expert's payment details,
 * the payroll page for holders of the payroll permission, the permissions page for other admins; null
 * for everyone else.
 */
@ControllerAdvice
class PayrollNavAdvice {

    /** Where the link goes and the message key of its text. */
    record NavLink(String path, String label) {}

    private static final Logger log = LoggerFactory.getLogger(PayrollNavAdvice.class);

    private final PayrollPermissions permissions;

    PayrollNavAdvice(PayrollPermissions permissions) {
        this.permissions = permissions;
    }

    @ModelAttribute("payrollLink")
    @Nullable NavLink payrollLink(@AuthenticationPrincipal @Nullable CurrentUser user) {
        if (user == null) {
            return null;
        }
        if (user.is(Role.EXPERT)) {
            return new NavLink("/me/payment-details", "payroll.nav.details");
        }
        if (!user.coordinates()) {
            return null;
        }
        try {
            if (permissions.has(user)) {
                return new NavLink("/coordinator/payroll", "payroll.nav.payroll");
            }
        } catch (DataAccessException e) {
            // A link is not worth an error page, least of all on the error page itself.
            log.warn("Payroll permission not read for the navigation: {}", e.getClass().getName());
        }
        return user.is(Role.ADMIN) ? new NavLink("/admin/payroll-permissions", "payroll.nav.payroll") : null;
    }
}
