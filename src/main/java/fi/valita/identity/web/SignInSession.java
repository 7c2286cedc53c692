package fi.valita.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/** Records in the session that the signed-in person has proved a second factor too. */
final class SignInSession {

    private static final SecurityContextRepository CONTEXTS = new HttpSessionSecurityContextRepository();

    private SignInSession() {}

    /**
     * Adds the factor's authority to the signed-in person's authentication, keeps it in the session
     * and gives the session a new id, as after the password.
     */
    static void proved(String factorAuthority, HttpServletRequest request, HttpServletResponse response) {
        var strategy = SecurityContextHolder.getContextHolderStrategy();
        Authentication current = strategy.getContext().getAuthentication();
        List<GrantedAuthority> authorities = new ArrayList<>(current.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(factorAuthority));
        var proved = UsernamePasswordAuthenticationToken.authenticated(current.getPrincipal(), null, authorities);
        proved.setDetails(current.getDetails());
        var context = strategy.createEmptyContext();
        context.setAuthentication(proved);
        strategy.setContext(context);
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        CONTEXTS.saveContext(context, request, response);
    }
}
