package fi.valita.api;

import com.jayway.jsonpath.JsonPath;
import fi.valita.identity.CurrentUser;
import java.io.UnsupportedEncodingException;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
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

    /** A value of the JSON answer, e.g. {@code read(created, "$.id")}. */
    public static String read(MvcTestResult result, String path) {
        try {
            return String.valueOf((Object) JsonPath.read(result.getResponse().getContentAsString(), path));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
