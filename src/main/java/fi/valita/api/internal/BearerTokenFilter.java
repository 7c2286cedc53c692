package fi.valita.api.internal;

import fi.valita.api.ApiTokens;
import fi.valita.identity.CurrentUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs an API call in as the owner of its {@code Authorization: Bearer} token, with the same
 * {@link CurrentUser} principal a page sign-in gives. A call without a usable token goes on
 * unauthenticated, and the URL rules then answer 401 where a user is needed.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    /** Request attribute set when a token was presented but is unknown, revoked or expired. */
    static final String INVALID_TOKEN = BearerTokenFilter.class.getName() + ".invalid";

    private static final String BEARER = "Bearer ";

    private final ApiTokens tokens;

    BearerTokenFilter(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            String secret = header.substring(BEARER.length()).strip();
            Optional<CurrentUser> user = secret.isEmpty() ? Optional.empty() : tokens.holderOf(secret);
            if (user.isPresent()) {
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        user.get(), null, user.get().getAuthorities()));
                SecurityContextHolder.setContext(context);
            } else {
                request.setAttribute(INVALID_TOKEN, Boolean.TRUE);
            }
        }
        chain.doFilter(request, response);
    }
}
