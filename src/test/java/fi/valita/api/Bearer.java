package fi.valita.api;

import fi.valita.identity.CurrentUser;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** API calls in tests: a bearer token on the request, and tokens made for the people of {@code TestPools}. */
public final class Bearer {

    private Bearer() {}

    public static RequestPostProcessor bearer(String token) {
        return request -> {
            request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
            return request;
        };
    }

    /** A new token for the user, made without a password (the sign-in itself is tested in {@code ApiTokensTests}). */
    public static RequestPostProcessor as(CurrentUser user, ApiTokens tokens) {
        return bearer(tokens.issue(user, "test").secret());
    }
}
