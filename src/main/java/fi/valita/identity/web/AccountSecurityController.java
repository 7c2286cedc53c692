package fi.valita.identity.web;

import fi.valita.identity.CurrentUser;
import fi.valita.identity.Passkeys;
import fi.valita.identity.SecondFactorRefused;
import fi.valita.identity.SecondFactors;
import fi.valita.identity.internal.Base32;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Sign-in security of the signed-in person: passkeys, an authenticator app and recovery codes. Staff
 * without a second factor land here right after their password and stay until they add one.
 */
@Controller
class AccountSecurityController {

    private static final String PAGE = SecondFactorGate.ENROLMENT;
    private static final String TOTP_SECRET = AccountSecurityController.class.getName() + ".totp";
    private static final String CREATION_OPTIONS = AccountSecurityController.class.getName() + ".creation";

    private final SecondFactors secondFactors;
    private final Passkeys passkeys;

    AccountSecurityController(SecondFactors secondFactors, Passkeys passkeys) {
        this.secondFactors = secondFactors;
        this.passkeys = passkeys;
    }

    @GetMapping(PAGE)
    String show(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("status", secondFactors.statusOf(user));
        model.addAttribute("passkeys", passkeys.of(user));
        return "identity/security";
    }

    @GetMapping(PAGE + "/totp")
    String totp(@AuthenticationPrincipal CurrentUser user, HttpSession session, Model model) {
        byte[] secret = (byte[]) session.getAttribute(TOTP_SECRET);
        if (secret == null) {
            secret = secondFactors.newTotpSecret();
            session.setAttribute(TOTP_SECRET, secret);
        }
        return totpPage(user, secret, model, null);
    }

    @PostMapping(PAGE + "/totp")
    String addTotp(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String code,
            HttpSession session, Model model, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        byte[] secret = (byte[]) session.getAttribute(TOTP_SECRET);
        if (secret == null) {
            return "redirect:" + PAGE + "/totp";
        }
        if (code.isBlank() || !secondFactors.enrolTotp(user, secret, code)) {
            return totpPage(user, secret, model,
                    code.isBlank() ? "identity.second-factor.error.empty" : "identity.security.totp.error.code");
        }
        session.removeAttribute(TOTP_SECRET);
        added(SecondFactors.TOTP_AUTHORITY, request, response);
        redirect.addFlashAttribute("added", "totp");
        return "redirect:" + PAGE;
    }

    @PostMapping(PAGE + "/totp/remove")
    String removeTotp(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        secondFactors.removeTotp(user);
        redirect.addFlashAttribute("removed", "totp");
        return "redirect:" + PAGE;
    }

    @PostMapping(PAGE + "/recovery-codes")
    String recoveryCodes(@AuthenticationPrincipal CurrentUser user, Model model) {
        if (!secondFactors.hasFactor(user)) {
            return "redirect:" + PAGE;
        }
        model.addAttribute("codes", secondFactors.makeRecoveryCodes(user));
        return "identity/recovery-codes";
    }

    @PostMapping(value = PAGE + "/passkeys/options", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    String passkeyOptions(Authentication authentication, HttpSession session) {
        PublicKeyCredentialCreationOptions options = passkeys.creationOptions(authentication);
        session.setAttribute(CREATION_OPTIONS, options);
        return passkeys.json(options);
    }

    @PostMapping(value = PAGE + "/passkeys", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, String>> addPasskey(@AuthenticationPrincipal CurrentUser user, @RequestBody String body,
            HttpSession session, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        var options = (PublicKeyCredentialCreationOptions) session.getAttribute(CREATION_OPTIONS);
        session.removeAttribute(CREATION_OPTIONS);
        if (options == null) {
            return ResponseEntity.badRequest().body(Map.of("error", "options"));
        }
        try {
            passkeys.register(user, options, body);
        } catch (RuntimeException e) {
            return ResponseEntity.badRequest().body(Map.of("error", "passkey"));
        }
        added(FactorGrantedAuthority.WEBAUTHN_AUTHORITY, request, response);
        redirect.addFlashAttribute("added", "passkey");
        return ResponseEntity.ok(Map.of("redirect", request.getContextPath() + PAGE + "?added=passkey"));
    }

    @PostMapping(PAGE + "/passkeys/{id}/remove")
    String removePasskey(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
            RedirectAttributes redirect) {
        try {
            passkeys.remove(user, id);
            redirect.addFlashAttribute("removed", "passkey");
        } catch (SecondFactorRefused e) {
            redirect.addFlashAttribute("refused", e.messageKey());
        }
        return "redirect:" + PAGE;
    }

    /** Adding a factor proves it: a person who had none is through the second step now. */
    private static void added(String authority, HttpServletRequest request, HttpServletResponse response) {
        var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        if (authentication != null && !SecondFactors.proved(authentication.getAuthorities())) {
            SignInSession.proved(authority, request, response);
        }
    }

    private String totpPage(CurrentUser user, byte[] secret, Model model, @Nullable String errorKey) {
        String encoded = Base32.encode(secret);
        model.addAttribute("secretGroups", String.join(" ", encoded.split("(?<=\\G.{4})")));
        model.addAttribute("otpauth", "otpauth://totp/" + enc("Välitä:" + user.email()) + "?secret=" + encoded
                + "&issuer=" + enc("Välitä") + "&algorithm=SHA1&digits=6&period=30");
        model.addAttribute("errorKey", errorKey);
        return "identity/security-totp";
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
