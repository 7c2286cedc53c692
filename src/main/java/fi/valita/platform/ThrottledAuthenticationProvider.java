package fi.valita.platform;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks the login throttle before the password, and counts wrong passwords. The account is looked up by
 * the same {@link LoginName} the throttle counts, so no way of writing the address escapes the count.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider delegate;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle) {
        this.delegate = delegate;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = LoginName.of(String.valueOf(authentication.getName()));
        String address = clientAddress(authentication);
        if (throttle.isLocked(username, address)) {
            throw new LoginLockedOut();
        }
        var normalised = UsernamePasswordAuthenticationToken.unauthenticated(username, authentication.getCredentials());
        normalised.setDetails(authentication.getDetails());
        try {
            Authentication result = delegate.authenticate(normalised);
            throttle.recordSuccess(username);
            return result;
        } catch (BadCredentialsException e) {
            throttle.recordFailure(username, address);
            throw e;
        }
    }

    /** The form login and the API's token endpoint both give the request's details, with the client's address. */
    private static @Nullable String clientAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
