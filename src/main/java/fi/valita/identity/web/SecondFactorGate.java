package fi.valita.identity.web;

import fi.valita.identity.CurrentUser;
import fi.valita.identity.SecondFactors;
import fi.valita.platform.PageSecurity;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The step after the password: a person with a passkey or an authenticator app proves it before any
 * page opens; an admin or a coordinator without one is sent to add one and can use no other page
 * until they have. Experts and requesters without a second factor pass.
 */
@Component
class SecondFactorGate implements PageSecurity {

    static final String CHALLENGE = "/login/second-factor";
    static final String ENROLMENT = "/me/account/security";
    private static final List<String> ALWAYS_OPEN =
            List.of("/css/", "/js/", "/img/", "/vendor/", "/webjars/", "/favicon.ico", "/error", "/logout", "/privacy");

    private final SecondFactors secondFactors;

    SecondFactorGate(SecondFactors secondFactors) {
        this.secondFactors = secondFactors;
    }

    @Override
    public void addTo(HttpSecurity http) {
        http.addFilterBefore(new Filter(), AuthorizationFilter.class);
    }

    private final class Filter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            String step = stepNeeded(SecurityContextHolder.getContext().getAuthentication(), path);
            if (step == null) {
                chain.doFilter(request, response);
            } else if (request.getHeader("HX-Request") != null) {
                response.setHeader("HX-Redirect", request.getContextPath() + step);
            } else {
                response.sendRedirect(request.getContextPath() + step);
            }
        }
    }

    /** Where the person must go first, or null when this request may go on. */
    private String stepNeeded(Authentication authentication, String path) {
        if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)
                || SecondFactors.proved(authentication.getAuthorities())
                || ALWAYS_OPEN.stream().anyMatch(path::startsWith)) {
            return null;
        }
        if (secondFactors.hasFactor(user)) {
            return under(path, CHALLENGE) ? null : CHALLENGE;
        }
        if (secondFactors.requiredFor(user)) {
            return under(path, ENROLMENT) ? null : ENROLMENT;
        }
        return null;
    }

    private static boolean under(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
