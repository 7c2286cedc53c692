package fi.valita.identity.web;

import fi.valita.identity.CodeCheck;
import fi.valita.identity.CurrentUser;
import fi.valita.identity.Passkeys;
import fi.valita.identity.SecondFactors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The second step of signing in: a passkey, a code from an authenticator app, or a recovery code. */
@Controller
class SecondFactorController {

    private static final String REQUEST_OPTIONS = SecondFactorController.class.getName() + ".options";

    private final SecondFactors secondFactors;
    private final Passkeys passkeys;

    SecondFactorController(SecondFactors secondFactors, Passkeys passkeys) {
        this.secondFactors = secondFactors;
        this.passkeys = passkeys;
    }

    @GetMapping(SecondFactorGate.CHALLENGE)
    String show(@AuthenticationPrincipal CurrentUser user, Authentication authentication, Model model) {
        if (SecondFactors.proved(authentication.getAuthorities()) || !secondFactors.hasFactor(user)) {
            return "redirect:/";
        }
        return page(user, model, null, null);
    }

    @PostMapping(SecondFactorGate.CHALLENGE + "/code")
    String code(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String code, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        CodeCheck check = code.isBlank() ? CodeCheck.WRONG : secondFactors.checkTotp(user, code);
        if (check != CodeCheck.ACCEPTED) {
            return page(user, model, "code", errorKey(check, code, "identity.second-factor.error.code"));
        }
        SignInSession.proved(SecondFactors.TOTP_AUTHORITY, request, response);
        return "redirect:/";
    }

    @PostMapping(SecondFactorGate.CHALLENGE + "/recovery")
    String recovery(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String recoveryCode,
            Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        CodeCheck check = recoveryCode.isBlank() ? CodeCheck.WRONG : secondFactors.useRecoveryCode(user, recoveryCode);
        if (check != CodeCheck.ACCEPTED) {
            return page(user, model, "recoveryCode",
                    errorKey(check, recoveryCode, "identity.second-factor.error.recovery-code"));
        }
        SignInSession.proved(SecondFactors.RECOVERY_CODE_AUTHORITY, request, response);
        redirect.addFlashAttribute("recoveryCodeUsed", true);
        return "redirect:" + SecondFactorGate.ENROLMENT;
    }

    @PostMapping(value = SecondFactorGate.CHALLENGE + "/passkey/options", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    String passkeyOptions(Authentication authentication, HttpSession session) {
        PublicKeyCredentialRequestOptions options = passkeys.requestOptions(authentication);
        session.setAttribute(REQUEST_OPTIONS, options);
        return passkeys.json(options);
    }

    @PostMapping(value = SecondFactorGate.CHALLENGE + "/passkey", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, String>> passkey(@AuthenticationPrincipal CurrentUser user, @RequestBody String body,
            HttpSession session, HttpServletRequest request, HttpServletResponse response) {
        var options = (PublicKeyCredentialRequestOptions) session.getAttribute(REQUEST_OPTIONS);
        session.removeAttribute(REQUEST_OPTIONS);
        if (options == null || !passkeys.proves(user, options, body)) {
            return ResponseEntity.status(401).body(Map.of("error", "passkey"));
        }
        SignInSession.proved(FactorGrantedAuthority.WEBAUTHN_AUTHORITY, request, response);
        return ResponseEntity.ok(Map.of("redirect", request.getContextPath() + "/"));
    }

    private String page(CurrentUser user, Model model, @Nullable String field, @Nullable String errorKey) {
        model.addAttribute("status", secondFactors.statusOf(user));
        model.addAttribute("errorField", field);
        model.addAttribute("errorKey", errorKey);
        return "identity/second-factor";
    }

    private static String errorKey(CodeCheck check, String typed, String wrongKey) {
        if (check == CodeCheck.LOCKED) {
            return "identity.second-factor.error.locked";
        }
        return typed.isBlank() ? "identity.second-factor.error.empty" : wrongKey;
    }
}
