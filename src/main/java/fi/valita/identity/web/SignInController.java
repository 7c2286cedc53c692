package fi.valita.identity.web;

import fi.valita.identity.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page, the start page after signing in, and the privacy notice. */
@Controller
class SignInController {

    @GetMapping("/login")
    String login(@AuthenticationPrincipal @Nullable CurrentUser user) {
        return user != null ? "redirect:/" : "identity/login";
    }

    /** Each role starts where its work is. */
    @GetMapping("/")
    String home(@AuthenticationPrincipal CurrentUser user) {
        return switch (user.role()) {
            case ADMIN, COORDINATOR -> "redirect:/experts";
            case EXPERT -> "redirect:/me";
            case REQUESTER -> "redirect:/pool";
        };
    }

    @GetMapping("/privacy")
    String privacy() {
        return "identity/privacy";
    }
}
